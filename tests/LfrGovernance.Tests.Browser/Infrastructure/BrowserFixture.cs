using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LfrGovernance.Tests.Browser.Infrastructure;

/// <summary>Every browser test shares one running application and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>Runs the built application as its own process, as an operator would, on a free loopback port with a
/// fresh database, and launches one headless Chromium for the tests to open contexts in.</summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(30);

    // Debian's Chromium: Playwright cannot download its own browser here. No sandbox because the tests run as root.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("lfrgovernance-browser-").FullName;
    private Process? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The repository's root folder (the one holding LfrGovernance.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Where the running application answers, such as http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been launched.");

    public async Task InitializeAsync()
    {
        try
        {
            BaseAddress = await StartApplicationAsync();
            await WaitUntilHealthyAsync();
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        catch
        {
            // A failed start leaves no process or folder behind, whether or not xunit then disposes the fixture.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser = null;
        }
        playwright?.Dispose();
        playwright = null;

        if (app is not null)
        {
            if (!app.HasExited)
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
            app.Dispose();
            app = null;
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private async Task<Uri> StartApplicationAsync()
    {
        var webProject = Path.Combine(RepositoryRoot, "src", "LfrGovernance.Web");
        // The web project is built in the same configuration as this assembly, since this project references it.
        var configuration = typeof(BrowserFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "LfrGovernance.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The web application is not built at {dll}. Build the solution in {configuration} first.");
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(webProject);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ConnectionStrings__Governance"] = $"Data Source={Path.Combine(dataDirectory, "browser.db")}";
        start.Environment["DataProtection__KeysFolder"] = Path.Combine(dataDirectory, "keys");
        start.Environment["Register__Documents__Folder"] = Path.Combine(dataDirectory, "documents");
        // The port is read from this log line, so it must be written whatever appsettings says.
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        app = new Process { StartInfo = start };
        app.OutputDataReceived += (_, line) => Record(line.Data);
        app.ErrorDataReceived += (_, line) => Record(line.Data);
        app.Start();
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        var exited = app.WaitForExitAsync(timeout.Token);
        if (await Task.WhenAny(listening.Task, exited) == listening.Task)
        {
            return await listening.Task;
        }
        if (exited.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException(
                $"The application exited with code {app.ExitCode} before it listened. Its output:{Environment.NewLine}{CapturedOutput()}");
        }
        throw new TimeoutException(
            $"The application did not write 'Now listening on: http://127.0.0.1:…' within {StartTimeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{CapturedOutput()}");
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            listening.TrySetResult(new Uri(match.Groups["address"].Value.TrimEnd('/') + "/"));
        }
    }

    private string CapturedOutput()
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + HealthTimeout;
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException(
            $"{BaseAddress}health did not answer 200 within {HealthTimeout.TotalSeconds:0} s (last: {last}). Application output:{Environment.NewLine}{CapturedOutput()}");
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LfrGovernance.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No LfrGovernance.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
