using System.IO.Compression;
using System.Text;

namespace LfrGovernance.Core.Documents;

/// <summary>A type of document the register accepts: its name for people, the content type it is stored as, and
/// the file name endings that may claim it.</summary>
public sealed record DocumentType(string Name, string ContentType, IReadOnlyList<string> Extensions);

/// <summary>What checking an upload found: the type its content is, or the problem to tell the user.</summary>
public sealed record ContentCheck(DocumentType? Type, string? Problem)
{
    public bool Accepted => Type is not null;
}

/// <summary>Checks what a file really is from its first bytes (and, for ZIP-based office files, the entries it holds),
/// never trusting the name or the type the browser claimed: executables, scripts and files with macros are refused,
/// and the name's ending must match the content.</summary>
public static class DocumentContent
{
    public static readonly DocumentType Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly DocumentType Docx = new("Word document (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly DocumentType Xlsx = new("Excel spreadsheet (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly DocumentType Odt = new("OpenDocument text (ODT)", "application/vnd.oasis.opendocument.text", [".odt"]);
    public static readonly DocumentType Png = new("PNG image", "image/png", [".png"]);
    public static readonly DocumentType Jpeg = new("JPEG image", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly DocumentType Gif = new("GIF image", "image/gif", [".gif"]);
    public static readonly DocumentType WebP = new("WebP image", "image/webp", [".webp"]);

    public static readonly IReadOnlyList<DocumentType> AcceptedTypes = [Pdf, Docx, Xlsx, Odt, Png, Jpeg, Gif, WebP];

    /// <summary>What the upload page says is accepted.</summary>
    public const string AcceptedInWords = "a PDF, Word (DOCX), Excel (XLSX), OpenDocument text (ODT) or image (PNG, JPEG, GIF or WebP) file";

    public const string ExecutableRefused = "The file is a program or a script. Only documents and images can be attached";

    public const string MacrosRefused = "The file contains macros. Save it without macros (as .docx or .xlsx) and attach that";

    private static readonly HashSet<string> ProgramEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".dll", ".com", ".scr", ".msi", ".msp", ".bat", ".cmd", ".ps1", ".psm1", ".vbs", ".vbe", ".js", ".jse",
        ".wsf", ".wsh", ".hta", ".jar", ".sh", ".bash", ".py", ".pl", ".rb", ".php", ".app", ".elf", ".so", ".bin", ".apk", ".lnk",
    };

    private static readonly HashSet<string> MacroEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".xlsb", ".pptm", ".potm", ".ppsm",
    };

    /// <summary>Checks <paramref name="content"/> (read from its start; it must be seekable) against the name the
    /// user gave it.</summary>
    public static ContentCheck Check(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var ending = Path.GetExtension(fileName);
        if (ProgramEndings.Contains(ending))
        {
            return Refused(ExecutableRefused);
        }
        if (MacroEndings.Contains(ending))
        {
            return Refused(MacrosRefused);
        }

        content.Position = 0;
        var head = new byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var header = head.AsSpan(0, read);
        if (IsProgram(header))
        {
            return Refused(ExecutableRefused);
        }

        DocumentType? type;
        if (header.StartsWith("%PDF-"u8))
        {
            type = Pdf;
        }
        else if (Starts(header, (byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            type = Png;
        }
        else if (Starts(header, (byte[])[0xFF, 0xD8, 0xFF]))
        {
            type = Jpeg;
        }
        else if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            type = Gif;
        }
        else if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            type = WebP;
        }
        else if (header.StartsWith("PK\u0003\u0004"u8))
        {
            var zip = CheckZip(content);
            if (zip.Problem is not null)
            {
                return zip;
            }
            type = zip.Type;
        }
        else
        {
            type = null;
        }

        if (type is null)
        {
            return Refused($"The file must be {AcceptedInWords}");
        }
        if (!type.Extensions.Contains(ending, StringComparer.OrdinalIgnoreCase))
        {
            var named = string.IsNullOrEmpty(ending) ? "has no ending like .pdf" : $"ends {ending.ToLowerInvariant()}";
            return Refused($"The file\u2019s name {named}, but its content is a {type.Name}. Check you chose the right file, or rename it to end {type.Extensions[0]}");
        }
        return new ContentCheck(type, null);
    }

    private static bool IsProgram(ReadOnlySpan<byte> header) =>
        header.StartsWith("MZ"u8)                                   // Windows and DOS programs
        || Starts(header, (byte[])[0x7F, 0x45, 0x4C, 0x46])              // ELF (Linux)
        || header.StartsWith("#!"u8)                                // scripts
        || Starts(header, (byte[])[0xEF, 0xBB, 0xBF, 0x23, 0x21])        // scripts with a byte order mark
        || Starts(header, (byte[])[0xCF, 0xFA, 0xED, 0xFE]) || Starts(header, (byte[])[0xCE, 0xFA, 0xED, 0xFE])
        || Starts(header, (byte[])[0xFE, 0xED, 0xFA, 0xCF]) || Starts(header, (byte[])[0xFE, 0xED, 0xFA, 0xCE])
        || Starts(header, (byte[])[0xCA, 0xFE, 0xBA, 0xBE]);             // Mach-O (macOS) and Java classes

    /// <summary>DOCX and XLSX are ZIP files with <c>[Content_Types].xml</c> and a <c>word/</c> or <c>xl/</c> part;
    /// ODT is a ZIP file whose <c>mimetype</c> entry names it. Only the entry list and that short entry are read.</summary>
    private static ContentCheck CheckZip(Stream content)
    {
        content.Position = 0;
        try
        {
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = archive.Entries.Select(e => e.FullName).ToList();
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return Refused(MacrosRefused);
            }
            if (archive.GetEntry("mimetype") is { } mimetype && mimetype.Length < 200)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == Odt.ContentType
                    ? new ContentCheck(Odt, null)
                    : new ContentCheck(null, null);
            }
            if (archive.GetEntry("[Content_Types].xml") is { } types)
            {
                if (types.Length < 1_000_000)
                {
                    using var reader = new StreamReader(types.Open(), Encoding.UTF8);
                    if (reader.ReadToEnd().Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                    {
                        return Refused(MacrosRefused);
                    }
                }
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return new ContentCheck(Docx, null);
                }
                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return new ContentCheck(Xlsx, null);
                }
            }
            return new ContentCheck(null, null);
        }
        catch (InvalidDataException)
        {
            return Refused($"The file is damaged or is not {AcceptedInWords}");
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static bool Starts(ReadOnlySpan<byte> header, byte[] prefix) => header.StartsWith(prefix);

    private static ContentCheck Refused(string problem) => new(null, problem);
}
