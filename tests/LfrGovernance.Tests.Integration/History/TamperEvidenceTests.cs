using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Tests.Integration.Infrastructure;

namespace LfrGovernance.Tests.Integration.History;

/// <summary>Someone with direct access to the database file changes the history; the verification must say where.</summary>
public sealed class TamperEvidenceTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public TamperEvidenceTests()
    {
        using var db = _database.NewContext();
        for (var i = 1; i <= 5; i++)
        {
            db.Organisations.Add(new Organisation { Name = $"Organisation {i}", Kind = OrganisationKind.Retailer });
            db.SaveChanges();
            _database.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        // The tamperer's first step: the triggers that make the tables append-only.
        _database.ExecuteDirectly("DROP TRIGGER \"History_NoUpdate\"; DROP TRIGGER \"History_NoDelete\";");
    }

    private async Task<HistoryVerification> VerifyAsync()
    {
        await using var db = _database.NewContext();
        return await HistoryVerifier.VerifyAsync(db);
    }

    [Fact]
    public async Task An_untouched_history_is_reported_intact_with_its_size()
    {
        var result = await VerifyAsync();

        Assert.True(result.Intact);
        Assert.Equal("History intact, 5 entries.", result.Summary);
    }

    [Theory]
    [InlineData("Snapshot", "replace(\"Snapshot\", 'Organisation 3', 'Someone else')")]
    [InlineData("UserName", "'Chief Constable'")]
    [InlineData("OccurredAt", "'2020-01-01 00:00:00'")]
    [InlineData("Reason", "'approved by me'")]
    public async Task Changing_any_field_of_an_entry_is_detected_at_that_entry(string column, string value)
    {
        _database.ExecuteDirectly($"UPDATE \"History\" SET \"{column}\" = {value} WHERE \"Sequence\" = 3;");

        var result = await VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBadSequence);
        Assert.Contains("altered", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewriting_an_entry_with_a_fresh_hash_is_detected_at_the_entry_after_it()
    {
        _database.ExecuteDirectly("UPDATE \"History\" SET \"Hash\" = '" + new string('a', 64) + "' WHERE \"Sequence\" = 3;");

        var result = await VerifyAsync();

        // Entry 3's own hash no longer matches its content: the first sign is there.
        Assert.Equal(3, result.FirstBadSequence);
    }

    [Fact]
    public async Task Removing_an_entry_from_the_middle_is_detected_where_it_was()
    {
        _database.ExecuteDirectly("DELETE FROM \"History\" WHERE \"Sequence\" = 2;");

        var result = await VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBadSequence);
        Assert.Contains("removed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_the_last_entries_is_detected()
    {
        _database.ExecuteDirectly("DELETE FROM \"History\" WHERE \"Sequence\" >= 4;");

        var result = await VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(4, result.FirstBadSequence);
        Assert.Contains("removed from the end", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swapping_two_entries_is_detected_at_the_first_of_them()
    {
        _database.ExecuteDirectly("""
            UPDATE "History" SET "Sequence" = -2 WHERE "Sequence" = 2;
            UPDATE "History" SET "Sequence" = 2 WHERE "Sequence" = 3;
            UPDATE "History" SET "Sequence" = 3 WHERE "Sequence" = -2;
            """);

        var result = await VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBadSequence);
    }

    public void Dispose() => _database.Dispose();
}
