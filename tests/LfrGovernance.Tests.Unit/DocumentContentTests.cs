using System.IO.Compression;
using System.Text;
using LfrGovernance.Core.Documents;

namespace LfrGovernance.Tests.Unit;

public sealed class DocumentContentTests
{
    private static readonly byte[] PdfBytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] JpegBytes = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];
    private static readonly byte[] GifBytes = Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000");
    private static readonly byte[] WebPBytes = Encoding.ASCII.GetBytes("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ");

    private static ContentCheck Check(byte[] content, string fileName)
    {
        using var stream = new MemoryStream(content);
        return DocumentContent.Check(stream, fileName);
    }

    /// <summary>A ZIP file with these entries (name and text content).</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }

    private const string WordTypes = "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    public static byte[] Docx() => Zip(("[Content_Types].xml", WordTypes), ("word/document.xml", "<w:document/>"));

    [Theory]
    [InlineData("policy.pdf", "application/pdf")]
    [InlineData("POLICY.PDF", "application/pdf")]
    public void A_pdf_named_pdf_is_accepted(string name, string contentType)
    {
        var check = Check(PdfBytes, name);
        Assert.True(check.Accepted);
        Assert.Equal(contentType, check.Type!.ContentType);
    }

    [Fact]
    public void Images_are_recognised_by_their_signatures()
    {
        Assert.Equal(DocumentContent.Png, Check(PngBytes, "map.png").Type);
        Assert.Equal(DocumentContent.Jpeg, Check(JpegBytes, "sign.jpg").Type);
        Assert.Equal(DocumentContent.Jpeg, Check(JpegBytes, "sign.jpeg").Type);
        Assert.Equal(DocumentContent.Gif, Check(GifBytes, "logo.gif").Type);
        Assert.Equal(DocumentContent.WebP, Check(WebPBytes, "photo.webp").Type);
    }

    [Fact]
    public void Office_files_are_recognised_from_their_entries()
    {
        Assert.Equal(DocumentContent.Docx, Check(Docx(), "dpia.docx").Type);
        Assert.Equal(DocumentContent.Xlsx, Check(Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")), "figures.xlsx").Type);
        Assert.Equal(DocumentContent.Odt, Check(Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office/>")), "sop.odt").Type);
    }

    [Fact]
    public void A_pdf_named_as_a_word_document_is_refused_as_a_mismatch()
    {
        var check = Check(PdfBytes, "policy.docx");
        Assert.False(check.Accepted);
        Assert.Contains("ends .docx, but its content is a PDF", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_named_pdf_is_refused_as_a_mismatch()
    {
        Assert.Contains("content is a Word document", Check(Docx(), "policy.pdf").Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, "report.pdf")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1 }, "report.pdf")]
    [InlineData(new byte[] { 0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E, 0x2F, 0x73, 0x68 }, "notes.pdf")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "setup.exe")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "run.ps1")]
    public void Programs_and_scripts_are_refused_by_content_or_by_name(byte[] content, string name)
    {
        var check = Check(content, name);
        Assert.False(check.Accepted);
        Assert.Equal(DocumentContent.ExecutableRefused, check.Problem);
    }

    [Fact]
    public void Files_with_macros_are_refused_by_name_by_a_vba_project_or_by_their_content_types()
    {
        Assert.Equal(DocumentContent.MacrosRefused, Check(Docx(), "dpia.docm").Problem);
        Assert.Equal(DocumentContent.MacrosRefused, Check(Docx(), "figures.xlsm").Problem);
        Assert.Equal(DocumentContent.MacrosRefused,
            Check(Zip(("[Content_Types].xml", WordTypes), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro")), "dpia.docx").Problem);
        Assert.Equal(DocumentContent.MacrosRefused,
            Check(Zip(("[Content_Types].xml", "<Types><Default ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>"), ("xl/workbook.xml", "<w/>")), "figures.xlsx").Problem);
    }

    [Fact]
    public void Unknown_content_a_plain_zip_and_a_damaged_zip_are_refused()
    {
        Assert.Contains("must be a PDF", Check(Encoding.ASCII.GetBytes("just some text"), "notes.pdf").Problem, StringComparison.Ordinal);
        Assert.Contains("must be a PDF", Check(Zip(("readme.txt", "hello")), "archive.docx").Problem, StringComparison.Ordinal);
        Assert.Contains("must be a PDF", Check(Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")), "sheet.odt").Problem, StringComparison.Ordinal);
        Assert.Contains("damaged", Check([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5], "broken.docx").Problem, StringComparison.Ordinal);
        Assert.False(Check([], "empty.pdf").Accepted);
    }

    [Fact]
    public void A_file_without_an_ending_is_refused_even_when_its_content_is_accepted()
    {
        Assert.Contains("has no ending", Check(PdfBytes, "policy").Problem, StringComparison.Ordinal);
    }
}
