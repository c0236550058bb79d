using System.Globalization;
using System.Net;
using LfrGovernance.Tests.Integration.Infrastructure;
using LfrGovernance.Web.Authorization;
using Microsoft.EntityFrameworkCore;
using static LfrGovernance.Tests.Integration.Organisations.OrganisationRequests;

namespace LfrGovernance.Tests.Integration.Organisations;

public sealed class RegisterAsAtTests : IClassFixture<ClockedAppFactory>
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly ClockedAppFactory _app;

    public RegisterAsAtTests(ClockedAppFactory app) => _app = app;

    [Fact]
    public async Task The_register_as_at_a_past_time_shows_the_version_of_then_and_refuses_changes()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Version One Venue", "Venue");
        _app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, id, 1, Fields("Version Two Venue", "Venue"))).StatusCode);
        var between = _app.Clock.GetUtcNow().UtcDateTime.AddMinutes(30);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, id, 2, Fields("Version Three Venue", "Venue"))).StatusCode);
        var later = await CreateAsync(editor, "Added Later Ltd");
        _app.Clock.Advance(TimeSpan.FromMinutes(1));

        var set = await SetAsAtAsync(editor, between, $"/organisations/{id}");
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal($"/organisations/{id}", set.Headers.Location?.ToString());
        var cookie = Assert.Single(set.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LfrGovernance.AsAt=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var details = await PageAsync(editor, $"/organisations/{id}");
        Assert.Contains("You are viewing the register as it stood at " + Format(between), details, StringComparison.Ordinal);
        Assert.Contains("Return to the current register", details, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Version Two Venue</h1>", details, StringComparison.Ordinal);
        Assert.Contains("Changed (version 2)", details, StringComparison.Ordinal);
        Assert.DoesNotContain("version 3", details, StringComparison.Ordinal);
        Assert.DoesNotContain($"/organisations/{id}/edit", details, StringComparison.Ordinal);

        var list = await PageAsync(editor, "/organisations");
        Assert.Contains("Version Two Venue", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Version Three Venue", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Added Later Ltd", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(new Uri($"/organisations/{later}", UriKind.Relative))).StatusCode);

        foreach (var path in new[] { "/organisations/new", $"/organisations/{id}/edit", $"/organisations/{id}/retire", $"/organisations/{id}/reinstate" })
        {
            var response = await editor.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Contains("You cannot change the register while viewing a past date", await TextAsync(response), StringComparison.Ordinal);
        }
        var edit = await EditAsync(editor, id, 3, Fields("Sneaked In", "Venue"));
        var retire = await RetireAsync(editor, id, 3, "Sneaked in");
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, retire.StatusCode);
        var stored = await _app.QueryAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => new { o.Name, o.Version, o.RetiredAt }).SingleAsync());
        Assert.Equal(("Version Three Venue", 3, (DateTime?)null), (stored.Name, stored.Version, stored.RetiredAt));

        var clear = await AntiforgeryForm.PostAsync(editor, "/organisations", "/as-at/clear", new Dictionary<string, string> { ["returnUrl"] = $"/organisations/{id}" });
        Assert.Equal(HttpStatusCode.Redirect, clear.StatusCode);
        var current = await PageAsync(editor, $"/organisations/{id}");
        Assert.DoesNotContain("You are viewing the register as it stood", current, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Version Three Venue</h1>", current, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_retired_before_the_instant_shows_as_retired()
    {
        using var editor = _app.CreateClientFor(Roles.GovernanceEditor);
        var id = await CreateAsync(editor, "Retired Then Reinstated");
        _app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await RetireAsync(editor, id, 1, "Paused")).StatusCode);
        var between = _app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await AntiforgeryForm.PostAsync(editor, "/organisations", $"/organisations/{id}/reinstate",
            new Dictionary<string, string> { ["Input.Version"] = "2" })).StatusCode);

        await SetAsAtAsync(editor, between, "/organisations");

        Assert.DoesNotContain("Retired Then Reinstated", await PageAsync(editor, "/organisations"), StringComparison.Ordinal);
        Assert.Contains("Retired Then Reinstated", await PageAsync(editor, "/organisations?showRetired=true"), StringComparison.Ordinal);
        Assert.Contains("Reason: Paused", await PageAsync(editor, $"/organisations/{id}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31", "2", "2026", "", "The date must be a real date")]
    [InlineData("", "", "", "", "Enter the date you want to view the register at")]
    [InlineData("1", "", "2026", "", "The date must include a month")]
    [InlineData("1", "1", "2030", "", "The date must be in the past")]
    [InlineData("1", "1", "2026", "25:00", "Enter the time on the 24-hour clock")]
    public async Task An_invalid_or_future_date_is_refused_beside_the_field(string day, string month, string year, string time, string message)
    {
        using var viewer = _app.CreateClientFor(Roles.Viewer);

        var response = await AntiforgeryForm.PostAsync(viewer, "/as-at", "/as-at", new Dictionary<string, string>
        {
            ["Input.Day"] = day, ["Input.Month"] = month, ["Input.Year"] = year, ["Input.Time"] = time,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("govuk-error-message", html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("LfrGovernance.AsAt=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_register_reader_sees_the_link_and_others_do_not()
    {
        using var viewer = _app.CreateClientFor(Roles.Viewer);
        using var nobody = _app.CreateClientFor();

        Assert.Contains("View the register as at a past date", await PageAsync(viewer, "/"), StringComparison.Ordinal);
        Assert.DoesNotContain("View the register as at a past date", await PageAsync(nobody, "/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync(new Uri("/as-at", UriKind.Relative))).StatusCode);
    }

    internal static Task<HttpResponseMessage> SetAsAtAsync(HttpClient client, DateTime instantUtc, string returnUrl)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(instantUtc, London);
        return AntiforgeryForm.PostAsync(client, "/as-at", "/as-at", new Dictionary<string, string>
        {
            ["Input.Day"] = local.Day.ToString(CultureInfo.InvariantCulture),
            ["Input.Month"] = local.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.Year"] = local.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.Time"] = local.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            ["Input.ReturnUrl"] = returnUrl,
        });
    }

    private static string Format(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, London);
        return local.ToString("h:mm:ss", CultureInfo.InvariantCulture) + (local.Hour < 12 ? "am" : "pm")
            + local.ToString(" 'on' d MMMM yyyy", CultureInfo.InvariantCulture);
    }
}
