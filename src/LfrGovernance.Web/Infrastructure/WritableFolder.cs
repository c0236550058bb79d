namespace LfrGovernance.Web.Infrastructure;

/// <summary>Checks at start that a folder the application writes to exists and can be written.</summary>
public static class WritableFolder
{
    /// <summary>Creates the folder if needed and writes a probe file in it; throws
    /// <see cref="StartupConfigurationException"/> naming the setting to change when it cannot.</summary>
    public static void Ensure(string folder, string purpose, string setting)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StartupConfigurationException(
                $"The folder {folder} for {purpose} cannot be written: {ex.Message} "
                + $"Give this account write access to it, or set {setting} to a writable location.", ex);
        }
    }
}
