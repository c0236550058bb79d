using LfrGovernance.Core.People;
using LfrGovernance.Core.Policies;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

public sealed class PoliciesSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    internal static string?[] Row(string? title = "LFR deployment policy", string? version = "1.0", string? created = "2024-01-10", string? approved = null,
        string? review = null, string? owner = null, string? summary = null) =>
        [title, version, "Deployment policy", created, approved, review, owner, summary, null, null];

    [Fact]
    public async Task Policies_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        var owner = new Person { Name = "Supt. Amy Lee" };
        await SheetRunner.SeedAsync(app, owner,
            new PolicyDocument { Title = "LFR deployment policy", DocumentVersion = "2.1", Kind = PolicyKind.DeploymentPolicy, CreatedOn = new DateOnly(2024, 1, 10),
                ApprovedOn = new DateOnly(2024, 2, 1), NextReviewOn = new DateOnly(2025, 2, 1), OwnerId = owner.Id, Summary = "When and where" },
            new PolicyDocument { Title = "LFR deployment policy", DocumentVersion = "1.0", Kind = PolicyKind.DeploymentPolicy, CreatedOn = new DateOnly(2023, 1, 10) });

        var (before, after) = await SheetRunner.RoundTripAsync<PoliciesSheet>(app, empty, typeof(PeopleSheet));

        Assert.Equal(["LFR deployment policy", "2.1", "Deployment policy", "2024-01-10", "2024-02-01", "2025-02-01", "Supt. Amy Lee", "When and where", "OFFICIAL", "No"], before[1]);
        Assert.Equal(before, after);
        var imported = await empty.QueryAsync(db => db.Policies.SingleAsync(p => p.DocumentVersion == "2.1"));
        Assert.Equal(await empty.QueryAsync(db => db.People.Select(p => p.Id).SingleAsync()), imported.OwnerId);
    }

    [Theory]
    [InlineData("2027-01-01", null, null, "Created", "The date the policy was created cannot be in the future")]
    [InlineData("2024-01-10", "2023-12-01", null, "Approved", "The date the policy was approved cannot be before the date it was created")]
    [InlineData(null, null, null, "Created", "Enter the date the policy was created")]
    [InlineData("2024-01-10", null, "Nobody", "Owner", "Owner must name a person in the register or on the People sheet: there is none called \u201cNobody\u201d")]
    public async Task A_row_breaking_a_rule_is_rejected_beside_its_column_and_nothing_is_staged(string? created, string? approved, string? owner, string column, string message)
    {
        var result = await SheetRunner.StageAsync<PoliciesSheet>(app, [Row(created: created, approved: approved, owner: owner)]);

        Assert.Equal((column, message), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, await app.QueryAsync(db => db.Policies.CountAsync()));
    }

    [Fact]
    public async Task An_owner_brought_in_by_the_same_file_is_found_and_a_changed_summary_later_updates_only_the_summary()
    {
        var first = await SheetRunner.StageAsync(app,
            [(typeof(PeopleSheet), [["Supt. Amy Lee", null, null, null, null]]), (typeof(PoliciesSheet), [Row(owner: "Supt. Amy Lee"), Row(version: "2.0")])]);
        var second = await SheetRunner.StageAsync<PoliciesSheet>(app, [Row(owner: "supt. amy lee", summary: "Revised"), Row(version: "2.0")]);

        Assert.Equal((2, 0, 0), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 1, 1), (second.Created, second.Updated, second.Unchanged));
        var updates = (await SheetRunner.HistoryAsync(app, "PolicyDocument")).Where(h => h.Version == 2).ToList();
        Assert.Equal(["Summary"], SheetRunner.ChangedFields(Assert.Single(updates)));
    }

    [Fact]
    public async Task Someone_not_cleared_cannot_change_a_policy_hidden_from_them()
    {
        await SheetRunner.SeedAsync(app, new PolicyDocument { Title = "LFR deployment policy", DocumentVersion = "1.0", Kind = PolicyKind.DeploymentPolicy, CreatedOn = new DateOnly(2024, 1, 10), DoNotConfirmOrDeny = true });

        var result = await SheetRunner.StageAsync<PoliciesSheet>(app, [Row()], cleared: false);

        Assert.Equal(("Title", "Another policy already has this title and version"), (result.SingleProblem.Column, result.SingleProblem.Message));
    }
}
