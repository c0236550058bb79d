using LfrGovernance.Core.Policies;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

/// <summary>The Retention rules and Retained image counts sheets.</summary>
public sealed class RetentionSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    private static string?[] Rule(string? category = "Alert images", string? other = null, string? from = "2024-01-01", string? period = "31", string? unit = "Days",
        string? policy = null, string? deletion = "Automatic deletion") =>
        [category, other, from, period, unit, deletion, policy, null, null];

    private static string?[] Count(string? category = "Watchlist", string? other = null, string? on = "2026-05-31", string? count = "100", string? beyond = null, string? reason = null) =>
        [category, other, on, count, beyond, reason, null, null];

    [Fact]
    public async Task Rules_and_counts_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        var policy = new PolicyDocument { Title = "Retention policy", DocumentVersion = "1.0", Kind = PolicyKind.RetentionPolicy, CreatedOn = new DateOnly(2024, 1, 1) };
        await SheetRunner.SeedAsync(app, policy,
            new RetentionRule { Category = RetainedDataCategory.AlertImages, Period = 31, PeriodUnit = RetentionPeriodUnit.Days, DeletionMethod = "Automatic", PolicyDocumentId = policy.Id, AppliesFrom = new DateOnly(2024, 1, 1) },
            new RetentionRule { Category = RetainedDataCategory.Other, OtherCategory = "Body-worn video", Period = 0, PeriodUnit = RetentionPeriodUnit.Immediately, DeletionMethod = "Overwritten" },
            new RetainedImageCount { Category = RetainedDataCategory.Watchlist, CountedOn = new DateOnly(2026, 5, 31), Count = 1200, BeyondPolicy = 3, ReasonBeyondPolicy = "Court case" },
            new RetainedImageCount { Category = RetainedDataCategory.Other, OtherCategory = "Body-worn video", CountedOn = new DateOnly(2026, 5, 31), Count = 0 });

        var (rules, rulesAfter) = await SheetRunner.RoundTripAsync<RetentionRulesSheet>(app, empty, typeof(PoliciesSheet));
        var (counts, countsAfter) = await SheetRunner.RoundTripAsync<RetainedImageCountsSheet>(app, empty);

        Assert.Equal(["Alert images", null, "2024-01-01", "31", "Days", "Automatic", "Retention policy (version 1.0)", "OFFICIAL", "No"], rules[0]);
        Assert.Equal(["Other", "Body-worn video", null, "0", "Immediately (period 0)", "Overwritten", null, "OFFICIAL", "No"], rules[1]);
        Assert.Equal(rules, rulesAfter);
        Assert.Equal(["Watchlist", null, "2026-05-31", "1200", "3", "Court case", "OFFICIAL", "No"], counts[0]);
        Assert.Equal(counts, countsAfter);
    }

    [Theory]
    [InlineData("Other", null, "31", "Days", "Name of the category", "Enter the name of the category of data")]
    [InlineData("Alert images", null, "0", "Days", "Period", "A period of 0 means the data is deleted immediately: choose \u201cImmediately\u201d, or enter a period above 0")]
    [InlineData("Alert images", null, "31", "Fortnights", "Unit", "Unit must be one of: Immediately (period 0), Hours, Days, Months, Years")]
    [InlineData("Secrets", null, "31", "Days", "Category of data", "Category of data must be one of: Biometric data of people not matched, Alert images, Watchlist, CCTV footage, Images shared with partners, Other")]
    public async Task A_rule_breaking_a_rule_is_rejected_beside_its_column(string category, string? other, string period, string unit, string column, string message)
    {
        var result = await SheetRunner.StageAsync<RetentionRulesSheet>(app, [Rule(category, other, period: period, unit: unit)]);

        Assert.Equal((column, message), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, await app.QueryAsync(db => db.RetentionRules.CountAsync()));
    }

    [Theory]
    [InlineData("2026-07-01", "100", "0", null, "Date counted", "The date of the count cannot be in the future")]
    [InlineData("2026-05-31", "100", "101", "Court", "Held beyond the retention rule", "The number kept beyond the retention rule (101) cannot be more than the number of images (100)")]
    [InlineData("2026-05-31", "100", "5", null, "Why they are held beyond the rule", "Enter why images are kept beyond the retention rule")]
    [InlineData(null, "100", null, null, "Date counted", "Enter the date of the count")]
    public async Task A_count_breaking_a_rule_is_rejected_beside_its_column(string? on, string count, string? beyond, string? reason, string column, string message)
    {
        var result = await SheetRunner.StageAsync<RetainedImageCountsSheet>(app, [Count(on: on, count: count, beyond: beyond, reason: reason)]);

        Assert.Equal((column, message), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, await app.QueryAsync(db => db.RetainedImageCounts.CountAsync()));
    }

    [Fact]
    public async Task A_policy_from_the_same_file_is_found_and_rows_naming_stored_records_update_only_what_changed()
    {
        var first = await SheetRunner.StageAsync(app,
            [(typeof(PoliciesSheet), [PoliciesSheetTests.Row(title: "Retention policy")]), (typeof(RetentionRulesSheet), [Rule(policy: "retention policy (version 1.0)"), Rule("Watchlist")])]);
        var second = await SheetRunner.StageAsync<RetentionRulesSheet>(app, [Rule(policy: "Retention policy (version 1.0)", period: "28"), Rule("Watchlist")]);
        await SheetRunner.StageAsync<RetainedImageCountsSheet>(app, [Count(), Count(other: null, on: "2026-04-30")]);
        var counts = await SheetRunner.StageAsync<RetainedImageCountsSheet>(app, [Count(count: "120"), Count(on: "2026-04-30")]);

        Assert.Empty(first.Problems);
        Assert.NotNull(await app.QueryAsync(db => db.RetentionRules.Where(r => r.Category == RetainedDataCategory.AlertImages).Select(r => r.PolicyDocumentId).SingleAsync()));
        Assert.Equal((0, 1, 1), (second.Created, second.Updated, second.Unchanged));
        Assert.Equal(["Period"], SheetRunner.ChangedFields(Assert.Single(await SheetRunner.HistoryAsync(app, "RetentionRule"), h => h.Version == 2)));
        Assert.Equal((0, 1, 1), (counts.Created, counts.Updated, counts.Unchanged));
        Assert.Equal(["Count"], SheetRunner.ChangedFields(Assert.Single(await SheetRunner.HistoryAsync(app, "RetainedImageCount"), h => h.Version == 2)));
    }

    [Fact]
    public async Task Someone_not_cleared_cannot_change_a_hidden_count_nor_flag_a_rule()
    {
        await SheetRunner.SeedAsync(app, new RetainedImageCount { Category = RetainedDataCategory.Watchlist, CountedOn = new DateOnly(2026, 5, 31), Count = 5, DoNotConfirmOrDeny = true });

        var count = await SheetRunner.StageAsync<RetainedImageCountsSheet>(app, [Count()], cleared: false);
        var rule = await SheetRunner.StageAsync<RetentionRulesSheet>(app, [[.. Rule()[..^1], "Yes"]], cleared: false);

        Assert.Equal(("Category of data", "Another count already has this category and date counted"), (count.SingleProblem.Column, count.SingleProblem.Message));
        Assert.Equal("Do not confirm or deny", rule.SingleProblem.Column);
    }
}
