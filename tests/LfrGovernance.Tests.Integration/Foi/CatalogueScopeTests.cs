using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Systems;
using static LfrGovernance.Tests.Integration.Foi.CatalogueDatabase;

namespace LfrGovernance.Tests.Integration.Foi;

/// <summary>The whole catalogue over <see cref="CatalogueRegister"/>: what a request's scope lets in, and records flagged
/// "do not confirm or deny", which no answer counts, lists or hints at.</summary>
public sealed class CatalogueScopeTests(CatalogueDatabase register) : IClassFixture<CatalogueDatabase>
{
    /// <summary>Records in scope withheld from each answer, as a cleared officer is told: two deployments (one flagged,
    /// one on a flagged system) and their alerts, two collaborations (one flagged, one with a flagged partner) and the
    /// flagged one's image sharing and decision, a flagged DPIA, policy and retention rule, and the flagged system in service.</summary>
    private static readonly Dictionary<string, int> WithheldFromCleared = new()
    {
        ["q1"] = 2, ["q1a"] = 1, ["q1b"] = 1, ["q1c"] = 2, ["q1d"] = 2, ["q1e"] = 2, ["q1f"] = 2, ["q2"] = 1, ["q3"] = 2, ["q4"] = 1, ["q5"] = 0,
        ["q6"] = 2, ["q7"] = 0, ["deployments"] = 2, ["suppliers-costs"] = 0, ["watchlists"] = 2, ["outcomes"] = 2, ["alert-categories"] = 2,
        ["assessments"] = 1, ["policies"] = 1, ["partners"] = 2, ["retention"] = 1, ["external-advice"] = 0,
    };

    [Fact]
    public async Task No_answer_counts_lists_or_hints_at_flagged_records_and_only_a_cleared_officer_is_told_how_many_fall_in_scope()
    {
        var cleared = await register.AllAsync(cleared: true);
        var notCleared = await register.AllAsync(cleared: false);

        Assert.Equal(WithheldFromCleared, cleared.ToDictionary(a => a.Key, a => a.Value.DoNotConfirmOrDenyInScope));
        Assert.All(notCleared.Values, a => Assert.Equal(0, a.DoNotConfirmOrDenyInScope));
        foreach (var answer in cleared.Values.Concat(notCleared.Values))
        {
            var text = string.Join('\n', [answer.Draft, .. answer.Figures.SelectMany(f => new[] { f.Label, f.Value }.Concat(f.Sources.Select(s => s.Reference)))]);
            Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        }
        // The same draft, figures and fingerprint whoever generates them: nothing in them depends on the flagged records.
        foreach (var (key, answer) in cleared)
        {
            var other = notCleared[key];
            Assert.Equal((answer.Draft, answer.Fingerprint, answer.NothingHeld), (other.Draft, other.Fingerprint, other.NothingHeld));
            Assert.Equal(answer.Figures.Select(f => (f.Label, f.Value, string.Join(',', f.Sources))), other.Figures.Select(f => (f.Label, f.Value, string.Join(',', f.Sources))));
        }
    }

    [Fact]
    public async Task The_catalogue_holds_every_question_of_the_typical_request_and_the_recurring_ones_each_answered_with_traceable_figures()
    {
        var answers = await register.AllAsync(cleared: false);

        Assert.Equal(["q1", "q1a", "q1b", "q1c", "q1d", "q1e", "q1f", "q2", "q3", "q4", "q5", "q6", "q7", "deployments", "suppliers-costs", "watchlists",
            "outcomes", "alert-categories", "assessments", "policies", "partners", "retention", "external-advice"], FoiCatalogue.All.Select(q => q.Key));
        Assert.Equal(["1", "1a", "1b", "1c", "1d", "1e", "1f", "2", "3", "4", "5", "6", "7"], FoiCatalogue.All.Select(q => q.Number).Where(n => n.Length > 0));
        Assert.All(FoiCatalogue.All, q => Assert.False(string.IsNullOrWhiteSpace(q.Title) || string.IsNullOrWhiteSpace(q.Wording)));
        Assert.Same(FoiCatalogue.All[1], FoiCatalogue.Find("Q1A"));
        Assert.Null(FoiCatalogue.Find("q8"));
        Assert.All(answers.Values, a => Assert.False(a.NothingHeld, a.QuestionKey));
        Assert.All(answers.Values.SelectMany(a => a.Figures), f => Assert.NotEmpty(f.Sources));
        var now = register.Database.Clock.GetUtcNow().UtcDateTime;
        Assert.All(answers.Values, a => Assert.Equal((64, now, (DateTime?)null), (a.Fingerprint.Length, a.GeneratedAtUtc, a.AsAtUtc)));
    }

    [Fact]
    public async Task The_kinds_asked_about_filter_deployments_systems_and_the_assessments_that_cover_them_but_not_collaborations()
    {
        var scope = Scope(FacialRecognitionKind.Retrospective);

        var deployments = await register.AnswerAsync("deployments", scope: scope);
        var systems = await register.AnswerAsync("suppliers-costs", scope: scope);
        var dpias = await register.AnswerAsync("q4", scope: scope);
        var collaborations = await register.AnswerAsync("q1", scope: scope);

        Assert.Equal("The register records 1 deployment of retrospective facial recognition between 1 January 2018 and 31 December 2019.\n\nIt was:\n"
            + "- RFR-001: retrospective facial recognition at Force headquarters from 10 June 2019 to 12 June 2019 (wanted offenders).", deployments.Draft);
        Assert.Contains("Image search", systems.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("LFR vans", systems.Draft, StringComparison.Ordinal);
        // DPIA-RFR covers the retrospective deployment; DPIA-COL covers no system or deployment, so its kind is not known.
        Assert.Contains("DPIA-RFR", dpias.Draft, StringComparison.Ordinal);
        Assert.Contains("DPIA-COL", dpias.Draft, StringComparison.Ordinal);
        Assert.DoesNotContain("DPIA-LFR", dpias.Draft, StringComparison.Ordinal);
        Assert.StartsWith("Yes. The force collaborated with 2 organisations on retrospective facial recognition", collaborations.Draft, StringComparison.Ordinal);
        Assert.EndsWith("The register does not record which kind of facial recognition each collaboration concerned, so every collaboration in the "
            + "period is listed.", collaborations.Draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_force_or_every_force_can_be_asked_about()
    {
        var other = await register.AnswerAsync("deployments", scope: Scope() with { ForceId = register.Ids.OtherForce });
        var otherCollaborations = await register.AnswerAsync("q1", scope: Scope() with { ForceId = register.Ids.OtherForce });
        var every = await register.AnswerAsync("deployments", scope: Scope() with { ForceId = null });

        Assert.Contains("- OTH-001: live facial recognition at Other city on 5 May 2018 (wanted offenders).", other.Draft, StringComparison.Ordinal);
        Assert.Equal("1", Value(other, "Deployments"));
        Assert.True(otherCollaborations.NothingHeld);
        Assert.Equal(["LFR-001", "OTH-001", "RFR-001"], Assert.Single(every.Figures, f => f.Label == "Deployments").Sources.Select(s => s.Reference).Order());
    }

    [Fact]
    public async Task A_period_with_nothing_in_it_is_answered_no_information_is_held_except_for_the_questions_about_now()
    {
        var answers = await register.AllAsync(cleared: true, Scope() with { From = new(2010, 1, 1), To = new(2010, 12, 31) });

        Assert.Equal("No information is held.\n\nThe register records no collaboration with an external organisation on facial recognition between "
            + "1 January 2010 and 31 December 2010.", answers["q1"].Draft);
        Assert.Equal("No information is held.\n\nThe register records no deployment of facial recognition between 1 January 2010 and 31 December 2010.",
            answers["deployments"].Draft);
        Assert.Equal(["q6", "q7"], answers.Values.Where(a => !a.NothingHeld).Select(a => a.QuestionKey));
        Assert.All(answers.Values.Where(a => a.NothingHeld), a => Assert.Empty(a.Figures));
    }

    [Fact]
    public async Task A_period_back_to_front_or_a_scope_whose_instant_is_not_the_registers_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => register.AnswerAsync("q1", scope: Scope() with { From = new(2020, 1, 1), To = new(2019, 1, 1) }));
        await Assert.ThrowsAsync<ArgumentException>(() => register.AnswerAsync("q1", scope: Scope() with { AsAtUtc = CatalogueRegister.At(2024, 1, 1) }));
    }
}
