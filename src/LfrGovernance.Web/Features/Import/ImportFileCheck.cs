using System.IO.Compression;
using System.Text;

namespace LfrGovernance.Web.Features.Import;

/// <summary>Checks an uploaded file is an Excel workbook the import may open, before anything reads it as one: by its
/// content, never its name. Refuses other files (a PDF, a CSV renamed), password-protected and old (.xls) workbooks,
/// workbooks with macros, damaged ZIP files, and ZIP files that expand beyond the limit (counted while decompressing,
/// never from the sizes the file declares).</summary>
public static class ImportFileCheck
{
    /// <summary>More parts than any workbook of the template needs: a file with more is not what it claims.</summary>
    public const int MaxEntries = 10_000;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public const string NotAWorkbook =
        "The file is not an Excel workbook (.xlsx). Download the template, fill it in and upload it as an .xlsx file (a CSV file or a PDF cannot be imported)";

    public const string PasswordProtected =
        "The workbook is protected with a password. Open it in Excel, remove the password (File, Info, Protect Workbook), save it as .xlsx without a password and upload it again";

    public const string OldWorkbook =
        "The file is an older Excel workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx) without a password, then upload that";

    public const string Macros =
        "The workbook contains macros (.xlsm). Save it as an Excel Workbook (.xlsx) without macros and upload that";

    public const string Damaged =
        "The file is damaged and cannot be read as an Excel workbook. Open it in Excel, save it again as .xlsx and upload that";

    /// <summary>The problem to tell the user, or null when the file may be opened as a workbook.</summary>
    public static string? Check(byte[] content, ImportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(settings);
        var head = content.AsSpan(0, Math.Min(content.Length, 8));
        if (head.SequenceEqual(OleSignature))
        {
            // Excel keeps an encrypted .xlsx inside an OLE compound file, as a stream named EncryptedPackage (its
            // name is stored in UTF-16); any other OLE file is an old binary Office file.
            return content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0 ? PasswordProtected : OldWorkbook;
        }
        if (!head.StartsWith("PK\u0003\u0004"u8))
        {
            return NotAWorkbook;
        }
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries)
            {
                return Damaged;
            }
            var contentTypes = archive.GetEntry("[Content_Types].xml");
            if (contentTypes is null || archive.GetEntry("xl/workbook.xml") is null && !archive.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
            {
                return archive.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase) || e.FullName.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase))
                    ? NotAWorkbook
                    : contentTypes is null ? NotAWorkbook : Damaged;
            }
            if (archive.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return Macros;
            }
            long total = 0;
            var buffer = new byte[81920];
            string? types = null;
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                var isTypes = entry == contentTypes;
                using var typesText = isTypes ? new MemoryStream() : null;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > settings.MaxUncompressedBytes)
                    {
                        return TooBigUncompressed(settings);
                    }
                    typesText?.Write(buffer, 0, read);
                }
                if (typesText is not null)
                {
                    types = Encoding.UTF8.GetString(typesText.GetBuffer(), 0, (int)typesText.Length);
                }
            }
            if (types is not null && types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return Macros;
            }
            if (types is null || !types.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase))
            {
                return NotAWorkbook;
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return Damaged;
        }
        catch (IOException)
        {
            return Damaged;
        }
    }

    public static string TooBig(ImportSettings settings) =>
        $"The file must be smaller than {ImportSettings.InWords((settings ?? throw new ArgumentNullException(nameof(settings))).MaxFileBytes)}. Split the records into several files";

    public static string TooBigUncompressed(ImportSettings settings) =>
        $"The workbook expands to more than {ImportSettings.InWords((settings ?? throw new ArgumentNullException(nameof(settings))).MaxUncompressedBytes)} when opened, which is more than an import may hold. Split the records into several files";

    public static string TooManyRows(ImportSettings settings) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The workbook has more than {(settings ?? throw new ArgumentNullException(nameof(settings))).MaxRows:N0} rows of records. Split the records into several files");
}
