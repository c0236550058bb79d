using LfrGovernance.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LfrGovernance.Tests.Browser;

/// <summary>A deployment from draft to reviewed: the IG officer applies, the authorising officer (another demo user, a
/// Superintendent in the demonstration register) checks and authorises it, and a colleague other than the applicant
/// marks its review done. Every page passes the accessibility checks.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AuthorisationJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task A_deployment_goes_from_draft_to_reviewed_with_the_decision_signed_by_a_different_user_at_their_rank()
    {
        var reference = $"AUTH-{Guid.NewGuid():N}"[..14];
        string deploymentPath;

        await using (var applicant = await BrowserSession.StartAsync(app))
        {
            var page = applicant.Page;
            await applicant.SignInAsync("Bea Hughes");
            await page.GotoAsync("/deployments/new");
            await page.GetByLabel("Reference", new() { Exact = true }).FillAsync(reference);
            await page.GetByLabel("System", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Live facial recognition vans" });
            await page.GetByRole(AriaRole.Group, new() { Name = "Kind of facial recognition" }).GetByLabel("Live", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Wanted offenders", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Purpose", new() { Exact = true }).FillAsync("Locate people wanted for serious offences");
            await page.GetByLabel("Legitimate aim", new() { Exact = true }).FillAsync("The prevention and detection of crime");
            await page.GetByLabel("Necessity", new() { Exact = true }).FillAsync("Patrols have not found the people wanted");
            await page.GetByLabel("Proportionality", new() { Exact = true }).FillAsync("Six hours at one location, with signage");
            await page.GetByLabel("Location", new() { Exact = true }).FillAsync("Northgate Shopping Centre");
            await DateAsync(page, "Planned start (optional)", "10", "12", "2030", "10:00");
            await DateAsync(page, "Planned end (optional)", "10", "12", "2030", "16:00");
            await page.GetByLabel("Criteria approved by the authorising officer (optional)").FillAsync("People wanted on warrant for violent offences");
            await page.GetByLabel("Match threshold used (optional)").FillAsync("0.6");
            await page.GetByRole(AriaRole.Group, new() { Name = "Was the public told in advance?" }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Signage", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("OFFICIAL", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save deployment" }).ClickAsync();
            await Expect(page.GetByTestId("deployment-status")).ToHaveTextAsync("Draft");
            deploymentPath = new Uri(page.Url).AbsolutePath;

            await page.GetByRole(AriaRole.Link, new() { Name = "Add a category" }).ClickAsync();
            await page.GetByLabel("Wanted by the police or the courts").CheckAsync();
            await page.GetByLabel("Number of people").FillAsync("120");
            await page.GetByLabel("Source of images").FillAsync("Custody images (PND)");
            await page.GetByLabel("Legal basis").FillAsync("Common law policing purpose");
            await page.GetByLabel("Justification").FillAsync("Wanted for serious violence and seen in the area");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save category" }).ClickAsync();
            await Expect(page.GetByTestId("categories")).ToContainTextAsync("Custody images (PND)");

            // The equality impact assessment of live facial recognition covers this deployment too.
            await page.GotoAsync("/assessments?q=EIA-LFR");
            await page.GetByRole(AriaRole.Link, new() { Name = "EIA-LFR", Exact = true }).First.ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Add a system, deployment or collaboration" }).ClickAsync();
            await page.GetByLabel("Deployment", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await page.GetByLabel("Deployment", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{reference}: Northgate Shopping Centre" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();

            await page.GotoAsync(deploymentPath);
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit for authorisation" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Submit for authorisation", Level = 1 })).ToBeVisibleAsync();
            await applicant.CheckPageAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit for authorisation" }).ClickAsync();
            await Expect(page.GetByTestId("deployment-status")).ToHaveTextAsync("Submitted for authorisation");
            await Expect(page.GetByTestId("applicant")).ToHaveTextAsync("Bea Hughes");
            await applicant.CheckPageAsync();
        }

        await using (var officer = await BrowserSession.StartAsync(app))
        {
            var page = officer.Page;
            await officer.SignInAsync("Chris Okafor");
            await page.GotoAsync(deploymentPath);
            await page.GetByRole(AriaRole.Button, new() { Name = "Decide on the application" }).ClickAsync();
            await Expect(page.GetByTestId("rank-today")).ToHaveTextAsync("Superintendent");
            await Expect(page.GetByTestId("check-dpia")).ToContainTextAsync("Passed");
            await Expect(page.GetByTestId("check-equality-impact")).ToContainTextAsync("Passed");
            await officer.CheckPageAsync();
            await page.GetByLabel("Authorise", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Reasons for the decision").FillAsync("Necessary and proportionate: DPIA in date, criteria narrow");
            await page.GetByLabel("Conditions (optional)").FillAsync("Signage at every entrance");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
            await Expect(page.GetByTestId("deployment-status")).ToHaveTextAsync("Authorised");
            await Expect(page.GetByTestId("decided-by")).ToHaveTextAsync("Chris Okafor, Superintendent (rank held at the time)");
            await officer.CheckPageAsync();
        }

        await using (var applicant = await BrowserSession.StartAsync(app))
        {
            var page = applicant.Page;
            await applicant.SignInAsync("Bea Hughes");
            await page.GotoAsync(deploymentPath);
            await page.GetByRole(AriaRole.Button, new() { Name = "Start the deployment" }).ClickAsync();
            await applicant.CheckPageAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Start the deployment" }).ClickAsync();
            await Expect(page.GetByTestId("deployment-status")).ToHaveTextAsync("Live");

            await page.GotoAsync(deploymentPath + "/edit");
            await Expect(page.GetByTestId("application-closed")).ToContainTextAsync("cannot be changed now");
            await applicant.CheckPageAsync();
            await DateAsync(page, "Actual start (optional)", "10", "12", "2030", "10:05");
            await DateAsync(page, "Actual end (optional)", "10", "12", "2030", "15:55");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Complete the deployment" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Complete the deployment" }).ClickAsync();
            await Expect(page.GetByTestId("deployment-status")).ToHaveTextAsync("Completed");
        }

        await using (var colleague = await BrowserSession.StartAsync(app))
        {
            var page = colleague.Page;
            await colleague.SignInAsync("Harper Lewis");
            await page.GotoAsync(deploymentPath + "/edit");
            var reviewed = page.GetByRole(AriaRole.Group, new() { Name = "Date of the review (optional)" });
            await reviewed.GetByLabel("Day").FillAsync("11");
            await reviewed.GetByLabel("Month").FillAsync("12");
            await reviewed.GetByLabel("Year").FillAsync("2030");
            await page.GetByLabel("Reviewer (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Tom Hale" });
            await page.GetByLabel("Findings (optional)").FillAsync("Ran as authorised; no false alerts");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Mark as reviewed" }).ClickAsync();
            await colleague.CheckPageAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Mark as reviewed" }).ClickAsync();
            await Expect(page.GetByTestId("deployment-status")).ToHaveTextAsync("Reviewed");
            await Expect(page.GetByTestId("decided-by")).ToHaveTextAsync("Chris Okafor, Superintendent (rank held at the time)");
            await colleague.CheckPageAsync();
        }
    }

    private static async Task DateAsync(IPage page, string group, string day, string month, string year, string time)
    {
        var fields = page.GetByRole(AriaRole.Group, new() { Name = group });
        await fields.GetByLabel("Day").FillAsync(day);
        await fields.GetByLabel("Month").FillAsync(month);
        await fields.GetByLabel("Year").FillAsync(year);
        await fields.GetByLabel("Time").FillAsync(time);
    }
}
