using System.Diagnostics;
using System.Reflection;

namespace LfrGovernance.Tests.Integration.Infrastructure;

/// <summary>Runs the built application as an operator would, to see how it refuses to start.</summary>
public static class AppProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Starts the web application with these environment variables (and command-line arguments, such as a
    /// command's name) and waits for it to exit.</summary>
    public static async Task<Outcome> RunUntilExitAsync(IDictionary<string, string> environment, TimeSpan timeout, IReadOnlyList<string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var webProject = Path.Combine(RepositoryRoot(), "src", "LfrGovernance.Web");
        var configuration = typeof(AppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "LfrGovernance.Web.dll");
        Assert.True(File.Exists(dll), $"The web application is not built at {dll}");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(webProject);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The application did not exit within {timeout}. Output: {await output}");
        }
        return new Outcome(process.ExitCode, await output, await error);
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LfrGovernance.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("LfrGovernance.sln not found above " + AppContext.BaseDirectory);
    }
}
