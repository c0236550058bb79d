using System.Text.RegularExpressions;
using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>Local sign-in, a signed-in user's way round the service, and signing out.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class SignInTests(BrowserFixture app)
{
    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in_and_can_sign_in_and_out()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(SignInAddress());
        await Expect(Heading(page, "Sign in")).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await session.SaveScreenshotAsync("sign-in.png");

        await page.Locator("label", new() { HasText = "Gray Patel" }).ClickAsync();
        await Expect(page.Locator("input[name='Input.User'][value='administrator']")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/").ToString());
        await Expect(Heading(page, "LfrGovernance")).ToBeVisibleAsync();
        var signedInUser = page.GetByTestId("signed-in-user");
        await Expect(signedInUser).ToContainTextAsync("Gray Patel");
        await Expect(signedInUser).ToContainTextAsync("(Administrator)");
        await session.CheckPageAsync();
        await session.SaveScreenshotAsync("home.png");

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        await Expect(Heading(page, "Your account")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("roles")).ToContainTextAsync("Administrator");
        await session.CheckPageAsync();

        await navigation.GetByRole(AriaRole.Link, new() { Name = "System status" }).ClickAsync();
        await Expect(Heading(page, "System status")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("database-status")).ToContainTextAsync("Up to date");
        await session.CheckPageAsync();

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Heading(page, "You have signed out")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        await session.CheckPageAsync();

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(SignInAddress());
        await Expect(Heading(page, "Sign in")).ToBeVisibleAsync();
        session.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task Signing_in_without_choosing_a_user_shows_the_error_and_stays_on_sign_in()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync("Choose a demonstration user to sign in as");
        // GOV.UK Frontend's script moves focus to the summary, so screen reader users hear it first.
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page.Locator("#user-error")).ToContainTextAsync("Choose a demonstration user to sign in as");
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: Sign in"));
        await Expect(page).ToHaveURLAsync(new Regex(@"/account/sign-in$"));
        await Expect(Heading(page, "Sign in")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToHaveCountAsync(0);
        await session.CheckPageAsync();
    }

    private static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true, Level = 1 });

    [GeneratedRegex(@"/account/sign-in\?ReturnUrl=%2F$")]
    private static partial Regex SignInAddress();
}
