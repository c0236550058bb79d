using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser.Infrastructure;

/// <summary>One test's own browser context and page. It records every console error, uncaught script error and
/// Content-Security-Policy refusal, so that a test can check each page it visits the same way.</summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly Uri baseAddress;
    private readonly ConcurrentQueue<string> browserErrors = new();
    private readonly ConcurrentDictionary<string, int> expectedStatus = new(StringComparer.Ordinal);

    private BrowserSession(IBrowserContext context, IPage page, Uri baseAddress)
    {
        this.context = context;
        this.baseAddress = baseAddress;
        Page = page;
        page.Console += (_, message) => OnConsole(message);
        page.PageError += (_, error) => browserErrors.Enqueue($"Uncaught script error on {page.Url}: {error}");
    }

    public IPage Page { get; }

    /// <summary>Opens a fresh context (no cookies from other tests) and a page in it.</summary>
    public static async Task<BrowserSession> StartAsync(BrowserFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        return new BrowserSession(context, await context.NewPageAsync(), app.BaseAddress);
    }

    /// <summary>Goes to a page that answers with an error status on purpose (403, 404): Chromium logs the failed
    /// load of such a page as a console error, which is then no sign of a fault.</summary>
    public async Task<IResponse?> GotoErrorPageAsync(string path, int status)
    {
        expectedStatus[new Uri(baseAddress, path).GetLeftPart(UriPartial.Path)] = status;
        return await Page.GotoAsync(path);
    }

    /// <summary>Signs in on the local sign-in page as the demo user with this name, without checking the pages.</summary>
    public async Task SignInAsync(string displayName)
    {
        await Page.GotoAsync("/account/sign-in");
        await Page.Locator("label", new() { HasText = displayName }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("signed-in-user")).ToContainTextAsync(displayName);
    }

    /// <summary>The checks every page gets: its scripts ran under the Content-Security-Policy, axe finds nothing
    /// serious, and the browser has logged no error so far.</summary>
    public async Task CheckPageAsync()
    {
        // body-classes.js (a classic script) adds the class; app.mjs (a module) marks each component it starts.
        await Expect(Page.Locator("body")).ToHaveClassAsync(SupportedClass());
        await Expect(Page.Locator("a.govuk-skip-link")).ToHaveAttributeAsync("data-govuk-skip-link-init", string.Empty);
        await AccessibilityAssert.NoSeriousOrCriticalViolationsAsync(Page);
        AssertNoBrowserErrors();
    }

    /// <summary>Fails if the browser has logged any console error, uncaught script error or CSP refusal.</summary>
    public void AssertNoBrowserErrors()
    {
        var errors = browserErrors.ToArray();
        Assert.True(errors.Length == 0, "The browser reported:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    /// <summary>Saves a full-page screenshot into the test output folder and, when UPDATE_SCREENSHOTS=1, into
    /// docs/images for the user guide.</summary>
    public async Task SaveScreenshotAsync(string fileName)
    {
        var bytes = await Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            folders.Add(Path.Combine(BrowserFixture.RepositoryRoot, "docs", "images"));
        }
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, fileName), bytes);
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private void OnConsole(IConsoleMessage message)
    {
        // Chromium logs CSP refusals as errors ("Refused to …" in older versions, "… violates the following
        // Content Security Policy directive …" in newer ones); the text tests catch any logged at another level.
        if (message.Type != "error"
            && !message.Text.Contains("Refused to", StringComparison.Ordinal)
            && !message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
        {
            return;
        }
        if (IsExpectedStatus(message))
        {
            return;
        }
        browserErrors.Enqueue($"Console {message.Type} on {Page.Url} ({message.Location}): {message.Text}");
    }

    // The message's location is "address:line:column"; only the page asked for with that status is excused.
    private bool IsExpectedStatus(IConsoleMessage message) =>
        SourceLocation().Match(message.Location) is { Success: true } location
        && Uri.TryCreate(location.Groups["address"].Value, UriKind.Absolute, out var source)
        && expectedStatus.TryGetValue(source.GetLeftPart(UriPartial.Path), out var status)
        && message.Text.StartsWith($"Failed to load resource: the server responded with a status of {status} ", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<address>.+):\d+:\d+$")]
    private static partial Regex SourceLocation();

    [GeneratedRegex(@"(^|\s)govuk-frontend-supported(\s|$)")]
    private static partial Regex SupportedClass();
}
