using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>The request's own fields, as the create and edit forms post them.</summary>
public class FoiRequestForm
{
    [Required(ErrorMessage = "Enter the request's reference")]
    [StringLength(FoiRequest.ReferenceLength, ErrorMessage = "The reference must be 50 characters or fewer")]
    public string? Reference { get; set; }

    [Required(ErrorMessage = "Enter what the request is about, in a line")]
    [StringLength(FoiRequest.SummaryLength, ErrorMessage = "The summary must be 300 characters or fewer")]
    public string? Summary { get; set; }

    public DateInput ReceivedOn { get; set; } = new();

    [Required(ErrorMessage = "Select who made the request")]
    public FoiRequesterCategory? RequesterCategory { get; set; }

    [Required(ErrorMessage = "Select the law the request is answered under")]
    public FoiLegislation? Legislation { get; set; }

    public FoiRequestStatus Status { get; set; } = FoiRequestStatus.Received;

    public Guid? AssigneeId { get; set; }

    public DateInput ScopeFrom { get; set; } = new();

    public DateInput ScopeTo { get; set; } = new();

    public FacialRecognitionKind[] ScopeKinds { get; set; } = [];

    public DateInput ExtendedDueOn { get; set; } = new();

    public DateInput RespondedOn { get; set; } = new();

    public DateInput InternalReviewRequestedOn { get; set; } = new();

    public bool InternalReviewExtended { get; set; }

    public DateInput InternalReviewDoneOn { get; set; } = new();

    public DateInput IcoComplaintOn { get; set; } = new();

    public DateInput ClosedOn { get; set; } = new();

    [StringLength(FoiRequest.NotesLength, ErrorMessage = "Notes must be 4,000 characters or fewer")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "Select a handling marking")]
    public RecordMarking? Marking { get; set; } = RecordMarking.Official;

    public bool DoNotConfirmOrDeny { get; set; }

    public static string Key(string field) => "Input." + field;

    /// <summary>The form for a request as it is.</summary>
    public void Fill(FoiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Reference = request.Reference;
        Summary = request.Summary;
        ReceivedOn = DateInput.From(request.ReceivedOn);
        RequesterCategory = request.RequesterCategory;
        Legislation = request.Legislation;
        Status = request.Status;
        AssigneeId = request.AssigneeId;
        ScopeFrom = DateInput.From(request.ScopeFrom);
        ScopeTo = DateInput.From(request.ScopeTo);
        ScopeKinds = [.. FoiFields.Kinds.Where(k => request.ScopeKinds.HasFlag(FoiFields.FlagOf(k)))];
        ExtendedDueOn = DateInput.From(request.ExtendedDueOn);
        RespondedOn = DateInput.From(request.RespondedOn);
        InternalReviewRequestedOn = DateInput.From(request.InternalReviewRequestedOn);
        InternalReviewExtended = request.InternalReviewExtended;
        InternalReviewDoneOn = DateInput.From(request.InternalReviewDoneOn);
        IcoComplaintOn = DateInput.From(request.IcoComplaintOn);
        ClosedOn = DateInput.From(request.ClosedOn);
        Notes = request.Notes;
        Marking = request.Marking;
        DoNotConfirmOrDeny = request.DoNotConfirmOrDeny;
    }

    /// <summary>Reads the form into <paramref name="request"/> and checks the request's rules; every problem goes
    /// beside its field. Returns false (and the caller saves nothing) when there is one.</summary>
    public bool ApplyTo(GovernanceDbContext db, FoiRequest request, DateOnly today, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(modelState);
        var received = ReceivedOn.ReadDay(modelState, Key(nameof(ReceivedOn)), "the date the request was received", required: true);
        DateOnly? Day(DateInput input, string field, string what) => input.ReadDay(modelState, Key(field), what);
        var scopeFrom = Day(ScopeFrom, nameof(ScopeFrom), "the start of the period asked about");
        var scopeTo = Day(ScopeTo, nameof(ScopeTo), "the end of the period asked about");
        var extended = Day(ExtendedDueOn, nameof(ExtendedDueOn), "the extended due date");
        var responded = Day(RespondedOn, nameof(RespondedOn), "the date the response was sent");
        var review = Day(InternalReviewRequestedOn, nameof(InternalReviewRequestedOn), "the date the internal review was asked for");
        var reviewDone = Day(InternalReviewDoneOn, nameof(InternalReviewDoneOn), "the date the internal review was done");
        var ico = Day(IcoComplaintOn, nameof(IcoComplaintOn), "the date of the complaint to the ICO");
        var closed = Day(ClosedOn, nameof(ClosedOn), "the date the request was closed");
        if (!modelState.IsValid)
        {
            return false;
        }
        request.Reference = Reference!.Trim();
        request.Summary = Summary!.Trim();
        request.ReceivedOn = received!.Value;
        request.RequesterCategory = RequesterCategory!.Value;
        request.Legislation = Legislation!.Value;
        request.Status = Status;
        request.AssigneeId = AssigneeId;
        request.ScopeFrom = scopeFrom;
        request.ScopeTo = scopeTo;
        request.ScopeKinds = ScopeKinds.Aggregate(FacialRecognitionKinds.None, (set, kind) => set | FoiFields.FlagOf(kind));
        request.ExtendedDueOn = extended;
        request.RespondedOn = responded;
        request.InternalReviewRequestedOn = review;
        request.InternalReviewExtended = InternalReviewExtended;
        request.InternalReviewDoneOn = reviewDone;
        request.IcoComplaintOn = ico;
        request.ClosedOn = closed;
        request.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        RecordHandling.Apply(db, request, Marking!.Value, DoNotConfirmOrDeny);
        foreach (var breach in FoiRequestRules.Check(request, today))
        {
            modelState.AddModelError(Key(breach.Field), breach.Message);
        }
        return modelState.IsValid;
    }

    /// <summary>The value the user entered for a field, as history writes it, for the edit conflict message.</summary>
    public string? Entered(string field) => field switch
    {
        nameof(FoiRequest.Reference) => Reference?.Trim(),
        nameof(FoiRequest.Summary) => Summary?.Trim(),
        nameof(FoiRequest.Status) => FoiFields.StatusName(Status),
        nameof(FoiRequest.Notes) => string.IsNullOrWhiteSpace(Notes) ? "Not set" : Notes.Trim(),
        _ => null,
    };
}
