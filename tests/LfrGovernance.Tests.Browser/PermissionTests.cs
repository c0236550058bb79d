using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>What a user sees follows from their roles.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PermissionTests(BrowserFixture app)
{
    [Fact]
    public async Task User_with_several_roles_sees_them_all_but_not_the_administration_pages()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;

        await session.SignInAsync("Harper Lewis");
        await Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("(Governance editor, FOI officer, Auditor, Cleared for records not confirmed or denied)");
        var duties = page.GetByTestId("role-duties").GetByRole(AriaRole.Listitem);
        await Expect(duties).ToHaveCountAsync(4);
        await Expect(duties.Nth(0)).ToContainTextAsync("Governance editor");
        await Expect(duties.Nth(1)).ToContainTextAsync("FOI officer");
        await Expect(duties.Nth(2)).ToContainTextAsync("Auditor");
        await Expect(duties.Nth(3)).ToContainTextAsync("Cleared for records not confirmed or denied");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Your account" })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "System status" })).ToHaveCountAsync(0);
        await session.CheckPageAsync();

        var response = await session.GotoErrorPageAsync("/administration/status", 403);
        Assert.Equal(403, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have permission to see this page", Level = 1 })).ToBeVisibleAsync();
        await session.CheckPageAsync();
    }
}
