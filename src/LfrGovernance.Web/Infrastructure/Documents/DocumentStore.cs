using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LfrGovernance.Web.Infrastructure.Documents;

/// <summary>Where attached documents are kept and how big they may be (<c>Register:Documents</c>).</summary>
public sealed class DocumentSettings
{
    public const string FolderKey = "Register:Documents:Folder";
    public const string MaxSizeKey = "Register:Documents:MaxSizeMegabytes";
    public const int DefaultMaxSizeMegabytes = 20;

    public DocumentSettings(string folder, int maxSizeMegabytes)
    {
        Folder = folder;
        MaxSizeMegabytes = maxSizeMegabytes;
    }

    /// <summary>The folder (absolute) that holds the files, each named by its SHA-256.</summary>
    public string Folder { get; }

    public int MaxSizeMegabytes { get; }

    public long MaxSizeBytes => MaxSizeMegabytes * 1024L * 1024L;

    /// <summary>Reads the settings; a size that is not a whole number from 1 to 2,000 stops the application at start.</summary>
    public static DocumentSettings Read(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var folder = Path.GetFullPath(Path.Combine(contentRoot,
            configuration[FolderKey] is { Length: > 0 } configured ? configured : "data/documents"));
        var size = DefaultMaxSizeMegabytes;
        if (configuration[MaxSizeKey] is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > 2000))
        {
            throw new StartupConfigurationException($"{MaxSizeKey} must be a whole number of megabytes from 1 to 2000, not \u201c{text}\u201d.");
        }
        return new DocumentSettings(folder, size);
    }
}

/// <summary>A file received and written to a temporary file in the store, with its SHA-256 and size, not yet kept.
/// Disposing it removes the temporary file unless it was kept.</summary>
public sealed class StagedDocument : IDisposable
{
    internal StagedDocument(string tempPath, string sha256, long size)
    {
        TempPath = tempPath;
        Sha256 = sha256;
        SizeBytes = size;
    }

    internal string TempPath { get; }

    public string Sha256 { get; }

    public long SizeBytes { get; }

    internal bool Kept { get; set; }

    /// <summary>Opens the received content for checking.</summary>
    public Stream OpenRead() => new FileStream(TempPath, FileMode.Open, FileAccess.Read, FileShare.Read);

    public void Dispose()
    {
        if (!Kept && File.Exists(TempPath))
        {
            File.Delete(TempPath);
        }
    }
}

/// <summary>The document store: a folder of files named by their SHA-256 (never by the name the user gave), each
/// written to a temporary file first and moved into place, so that a half-written file is never kept.</summary>
public sealed partial class DocumentStore(DocumentSettings settings)
{
    /// <summary>Writes <paramref name="content"/> to a temporary file, hashing it as it goes; null if it is larger than
    /// the limit (nothing is left behind).</summary>
    public async Task<StagedDocument?> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Path.Combine(settings.Folder, $".upload-{Guid.NewGuid():N}.tmp");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[81920];
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > settings.MaxSizeBytes)
                    {
                        break;
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            if (size > settings.MaxSizeBytes)
            {
                File.Delete(temp);
                return null;
            }
            return new StagedDocument(temp, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Moves the staged file into place under its SHA-256. The same content already kept is not written twice.</summary>
    public void Keep(StagedDocument staged)
    {
        ArgumentNullException.ThrowIfNull(staged);
        var path = PathOf(staged.Sha256);
        if (File.Exists(path))
        {
            File.Delete(staged.TempPath);
        }
        else
        {
            File.Move(staged.TempPath, path, overwrite: false);
        }
        staged.Kept = true;
    }

    /// <summary>The kept file with this SHA-256, or null if there is none.</summary>
    public string? Find(string sha256)
    {
        if (!Sha256Text().IsMatch(sha256 ?? string.Empty))
        {
            return null;
        }
        var path = PathOf(sha256!);
        return File.Exists(path) ? path : null;
    }

    private string PathOf(string sha256) => Path.Combine(settings.Folder, sha256);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Text();
}
