using LfrGovernance.Core.Assessments;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Tests.Unit;

public sealed class AssessmentRulesTests
{
    private static readonly DateOnly Approved = new(2025, 3, 1);

    private static Assessment Draft(AssessmentKind kind = AssessmentKind.Dpia) =>
        new() { Reference = "DPIA-001", Title = "Live facial recognition", Kind = kind, DocumentVersion = "1.0", Status = AssessmentStatus.Draft };

    private static Assessment ApprovedDpia()
    {
        var a = Draft();
        a.Status = AssessmentStatus.Approved;
        a.ApprovedOn = Approved;
        a.DpoAdviceGivenOn = Approved.AddDays(-10);
        return a;
    }

    private static IEnumerable<string> Fields(IReadOnlyList<RuleBreach> breaches) => breaches.Select(b => b.Field);

    [Fact]
    public void A_draft_with_nothing_recorded_breaks_no_rule() => Assert.Empty(AssessmentRules.Check(Draft()));

    [Fact]
    public void An_approved_dpia_with_its_date_and_dpo_advice_breaks_no_rule() => Assert.Empty(AssessmentRules.Check(ApprovedDpia()));

    [Fact]
    public void Overruled_dpo_advice_needs_who_overruled_it_and_why()
    {
        var a = Draft();
        a.DpoAdviceGivenOn = Approved;
        a.DpoAdviceOutcome = DpoAdviceOutcome.Overruled;

        var breaches = AssessmentRules.Check(a);

        Assert.Equal([nameof(Assessment.DpoAdviceDecidedById), nameof(Assessment.DpoAdviceOverruledReason)], Fields(breaches));
    }

    [Fact]
    public void Overruled_dpo_advice_with_who_and_why_breaks_no_rule()
    {
        var a = Draft();
        a.DpoAdviceGivenOn = Approved;
        a.DpoAdviceOutcome = DpoAdviceOutcome.Overruled;
        a.DpoAdviceDecidedById = Guid.NewGuid();
        a.DpoAdviceOverruledReason = "Residual risk accepted by the chief officer";

        Assert.Empty(AssessmentRules.Check(a));
    }

    [Fact]
    public void Accepted_advice_needs_no_reason()
    {
        var a = Draft();
        a.DpoAdviceGivenOn = Approved;
        a.DpoAdviceOutcome = DpoAdviceOutcome.Accepted;

        Assert.Empty(AssessmentRules.Check(a));
    }

    [Fact]
    public void What_became_of_the_dpo_advice_needs_the_advice_to_have_been_given()
    {
        var a = Draft();
        a.DpoAdviceOutcome = DpoAdviceOutcome.Accepted;

        Assert.Equal([nameof(Assessment.DpoAdviceGivenOn)], Fields(AssessmentRules.Check(a)));
    }

    [Fact]
    public void Status_dpo_advised_needs_the_date_the_advice_was_given()
    {
        var a = Draft();
        a.Status = AssessmentStatus.DpoAdvised;

        Assert.Equal([nameof(Assessment.DpoAdviceGivenOn)], Fields(AssessmentRules.Check(a)));
    }

    [Fact]
    public void Approval_needs_the_date_it_was_approved()
    {
        var a = ApprovedDpia();
        a.ApprovedOn = null;

        Assert.Equal([nameof(Assessment.ApprovedOn)], Fields(AssessmentRules.Check(a)));
    }

    [Fact]
    public void A_dpia_cannot_be_approved_without_dpo_advice()
    {
        var a = ApprovedDpia();
        a.DpoAdviceGivenOn = null;

        var breach = Assert.Single(AssessmentRules.Check(a));
        Assert.Equal(nameof(Assessment.DpoAdviceGivenOn), breach.Field);
        Assert.Contains("DPIA", breach.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_kinds_of_assessment_can_be_approved_without_dpo_advice()
    {
        var a = Draft(AssessmentKind.EqualityImpact);
        a.Status = AssessmentStatus.Approved;
        a.ApprovedOn = Approved;

        Assert.Empty(AssessmentRules.Check(a));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_next_review_must_be_after_approval(int daysAfter)
    {
        var a = ApprovedDpia();
        a.NextReviewOn = Approved.AddDays(daysAfter);

        Assert.Equal([nameof(Assessment.NextReviewOn)], Fields(AssessmentRules.Check(a)));
    }

    [Fact]
    public void A_next_review_after_approval_breaks_no_rule()
    {
        var a = ApprovedDpia();
        a.NextReviewOn = Approved.AddYears(1);

        Assert.Empty(AssessmentRules.Check(a));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void Ico_consultation_sent_needs_it_to_have_been_needed(bool? needed)
    {
        var a = Draft();
        a.IcoConsultationNeeded = needed;
        a.IcoConsultationSentOn = Approved;

        Assert.Equal([nameof(Assessment.IcoConsultationNeeded)], Fields(AssessmentRules.Check(a)));
    }

    [Fact]
    public void Ico_consultation_needed_and_sent_breaks_no_rule()
    {
        var a = Draft();
        a.IcoConsultationNeeded = true;
        a.IcoConsultationSentOn = Approved;
        a.IcoAdvice = "Proceed with the safeguards described";

        Assert.Empty(AssessmentRules.Check(a));
    }

    [Fact]
    public void The_icos_advice_needs_the_consultation_to_have_been_sent()
    {
        var a = Draft();
        a.IcoConsultationNeeded = true;
        a.IcoAdvice = "Proceed";

        Assert.Equal([nameof(Assessment.IcoConsultationSentOn)], Fields(AssessmentRules.Check(a)));
    }

    [Fact]
    public void An_assessment_written_by_a_partner_needs_the_partner()
    {
        var a = Draft();
        a.AuthoredByPartner = true;

        Assert.Equal([nameof(Assessment.PartnerOrganisationId)], Fields(AssessmentRules.Check(a)));
        a.PartnerOrganisationId = Guid.NewGuid();
        Assert.Empty(AssessmentRules.Check(a));
    }

    [Fact]
    public void A_scrutiny_outcome_needs_when_and_by_whom()
    {
        var a = Draft();
        a.ScrutinyOutcome = "Partner DPIA found adequate";

        Assert.Equal([nameof(Assessment.ScrutinisedOn), nameof(Assessment.ScrutinisedById)], Fields(AssessmentRules.Check(a)));
        a.ScrutinisedOn = Approved;
        a.ScrutinisedById = Guid.NewGuid();
        Assert.Empty(AssessmentRules.Check(a));
    }

    [Fact]
    public void A_new_version_of_the_same_assessment_breaks_no_rule()
    {
        var earlier = ApprovedDpia();
        var next = Draft();
        next.DocumentVersion = "2.0";
        next.SupersedesId = earlier.Id;

        Assert.Empty(AssessmentRules.Check(next, earlier));
    }

    [Fact]
    public void A_new_version_must_be_of_the_same_kind_and_reference_and_a_different_version()
    {
        var earlier = ApprovedDpia();
        var next = Draft(AssessmentKind.CommunityImpact);
        next.Reference = "CIA-009";
        next.SupersedesId = earlier.Id;

        Assert.Equal([nameof(Assessment.Kind), nameof(Assessment.Reference), nameof(Assessment.DocumentVersion)], Fields(AssessmentRules.Check(next, earlier)));
    }

    [Fact]
    public void An_assessment_cannot_supersede_itself()
    {
        var a = Draft();
        a.SupersedesId = a.Id;

        Assert.Equal([nameof(Assessment.SupersedesId)], Fields(AssessmentRules.Check(a, a)));
    }

    [Fact]
    public void Past_review_only_once_the_review_date_has_passed()
    {
        var a = ApprovedDpia();
        a.NextReviewOn = new DateOnly(2026, 1, 31);

        Assert.False(a.IsPastReview(new DateOnly(2026, 1, 31)));
        Assert.True(a.IsPastReview(new DateOnly(2026, 2, 1)));
        a.NextReviewOn = null;
        Assert.False(a.IsPastReview(new DateOnly(2040, 1, 1)));
    }
}
