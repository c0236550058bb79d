using System.Globalization;
using LfrGovernance.Web.Infrastructure;

namespace LfrGovernance.Web.Features.Import;

/// <summary>How big an import workbook may be (<c>Register:Import</c>): the file as uploaded, its data rows (all
/// sheets together), and what it may expand to when decompressed (a workbook is a ZIP file).</summary>
public sealed class ImportSettings
{
    public const string Section = "Register:Import";
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;
    public const int DefaultMaxRows = 50_000;
    public const long DefaultMaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>Uploaded files not imported are dropped after this long; imported ones keep their log line only.</summary>
    public static readonly TimeSpan KeepUploadsFor = TimeSpan.FromDays(1);

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public int MaxRows { get; init; } = DefaultMaxRows;

    public long MaxUncompressedBytes { get; init; } = DefaultMaxUncompressedBytes;

    /// <summary>The size limit in words: "20 MB" (or "512 KB" under a megabyte).</summary>
    public static string InWords(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");

    /// <summary>Reads the settings; a value that is not a positive whole number stops the application at start.</summary>
    public static ImportSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ImportSettings
        {
            MaxFileBytes = Positive(configuration, nameof(MaxFileBytes), DefaultMaxFileBytes),
            MaxRows = (int)Math.Min(int.MaxValue, Positive(configuration, nameof(MaxRows), DefaultMaxRows)),
            MaxUncompressedBytes = Positive(configuration, nameof(MaxUncompressedBytes), DefaultMaxUncompressedBytes),
        };
    }

    private static long Positive(IConfiguration configuration, string name, long fallback)
    {
        var key = $"{Section}:{name}";
        if (configuration[key] is not { Length: > 0 } text)
        {
            return fallback;
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            throw new StartupConfigurationException($"{key} must be a whole number greater than 0, not \u201c{text}\u201d.");
        }
        return value;
    }
}
