using System.Text.RegularExpressions;
using LfrGovernance.Core.Records;

namespace LfrGovernance.Core.Foi;

/// <summary>What is due next on a request, and by when.</summary>
/// <param name="What">"Response", "Full response (public interest extension)", "Internal review".</param>
/// <param name="Deadline">The due date and every day counted or skipped to reach it.</param>
public sealed record DueNext(string What, Deadline Deadline);

/// <summary>A request's deadlines as they stand on <see cref="Today"/>.</summary>
/// <param name="Response">The response (or refusal notice) due on the 20th working day after receipt, with the clock
/// stopped while clarification or a fee was awaited.</param>
/// <param name="Extended">The full response under a public interest extension, when one is taken.</param>
/// <param name="InternalReview">The internal review, when one was asked for.</param>
/// <param name="AwaitingSince">The day clarification or a fee was asked for and is still awaited: the clock is stopped
/// (the response date assumes the answer comes today).</param>
/// <param name="Next">What is due next, or null when nothing is (responded, closed, with the ICO).</param>
public sealed record FoiRequestDeadlines(DateOnly Today, Deadline Response, Deadline? Extended, InternalReviewDeadlines? InternalReview,
    DateOnly? AwaitingSince, DueNext? Next)
{
    /// <summary>True when the response was sent after its due date (the extended one, under an extension).</summary>
    public bool RespondedLate(FoiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RespondedOn is { } sent && sent > (Extended?.Due ?? Response.Due);
    }
}

/// <summary>Computes a request's deadlines from its dates and clock pauses (domain section 8, FOIA s.10): the working-day
/// calendar decides what counts.</summary>
public static class FoiRequestClock
{
    public static FoiRequestDeadlines For(FoiRequest request, IEnumerable<FoiClarification> pauses, WorkingDayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pauses);
        ArgumentNullException.ThrowIfNull(calendar);
        var current = pauses.Where(p => !p.IsRetired && p.RequestedOn >= request.ReceivedOn).OrderBy(p => p.RequestedOn).ToList();
        var awaiting = current.FirstOrDefault(p => p.AnsweredOn is null)?.RequestedOn;
        // A pause still awaited stops the clock up to today; one asked for in the future has not stopped it yet.
        var clockPauses = current
            .Where(p => (p.AnsweredOn ?? today) >= p.RequestedOn)
            .Select(p => new ClockPause(p.RequestedOn, p.AnsweredOn ?? today, p.IsFee ? "a fee" : "clarification"))
            .ToList();
        var response = FoiDeadlines.Response(calendar, request.ReceivedOn, clockPauses);
        Deadline? extended = null;
        if (request.Status == FoiRequestStatus.PublicInterestExtension || request.ExtendedDueOn is not null)
        {
            var standard = FoiDeadlines.PublicInterestExtension(calendar, response.Due);
            extended = request.ExtendedDueOn is { } chosen && chosen != standard.Due
                ? FoiDeadlines.Count(calendar, response.Due, Math.Max(0, calendar.WorkingDaysBetween(response.Due, chosen)), [])
                : standard;
        }
        var review = request.InternalReviewRequestedOn is { } asked ? FoiDeadlines.InternalReview(calendar, asked) : null;
        DueNext? next = request.Status switch
        {
            FoiRequestStatus.Received or FoiRequestStatus.InProgress or FoiRequestStatus.ClarificationRequested => new("Response", response),
            FoiRequestStatus.PublicInterestExtension => new("Full response (public interest extension)", extended!),
            FoiRequestStatus.InternalReview when review is not null =>
                new("Internal review", request.InternalReviewExtended ? review.Latest : review.Normal),
            _ => null,
        };
        return new FoiRequestDeadlines(today, response, extended, review, awaiting, next);
    }
}

/// <summary>The rules of a request's own fields, each broken rule with the field that puts it right.</summary>
public static partial class FoiRequestRules
{
    /// <summary>What a reference may look like: the force's own format or a legacy one (<c>DM2018/1152</c>,
    /// <c>01.FOI.22.026317</c>): letters, digits and the separators . / - _, starting with a letter or digit.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9./_\-]{0,49}$")]
    private static partial Regex ReferencePattern();

    public static bool IsReference(string? reference) => reference is not null && ReferencePattern().IsMatch(reference);

    public static IReadOnlyList<RuleBreach> Check(FoiRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var breaches = new List<RuleBreach>();
        if (!IsReference(request.Reference))
        {
            breaches.Add(new(nameof(FoiRequest.Reference),
                "The reference must be letters and digits, with . / - or _ between them, for example FOI/2026/0142 or DM2018/1152"));
        }
        if (request.ReceivedOn > today)
        {
            breaches.Add(new(nameof(FoiRequest.ReceivedOn), "The date received must be today or in the past"));
        }
        if (request.ScopeFrom is { } from && request.ScopeTo is { } to && to < from)
        {
            breaches.Add(new(nameof(FoiRequest.ScopeTo), "The end of the period asked about must be on or after its start"));
        }
        Before(breaches, request.ReceivedOn, request.RespondedOn, nameof(FoiRequest.RespondedOn), "The response date must be on or after the date received");
        Before(breaches, request.RespondedOn ?? request.ReceivedOn, request.InternalReviewRequestedOn, nameof(FoiRequest.InternalReviewRequestedOn),
            "The internal review must be asked for on or after the response");
        Before(breaches, request.InternalReviewRequestedOn ?? request.ReceivedOn, request.InternalReviewDoneOn, nameof(FoiRequest.InternalReviewDoneOn),
            "The internal review must be done on or after it was asked for");
        Before(breaches, request.ReceivedOn, request.ClosedOn, nameof(FoiRequest.ClosedOn), "The date closed must be on or after the date received");
        Before(breaches, request.ReceivedOn, request.ExtendedDueOn, nameof(FoiRequest.ExtendedDueOn), "The extended due date must be after the date received");
        var needs = request.Status switch
        {
            FoiRequestStatus.Responded when request.RespondedOn is null => (nameof(FoiRequest.RespondedOn), "Enter the date the response was sent"),
            FoiRequestStatus.InternalReview when request.InternalReviewRequestedOn is null =>
                (nameof(FoiRequest.InternalReviewRequestedOn), "Enter the date the internal review was asked for"),
            FoiRequestStatus.IcoComplaint when request.IcoComplaintOn is null => (nameof(FoiRequest.IcoComplaintOn), "Enter the date of the complaint to the ICO"),
            FoiRequestStatus.Closed when request.ClosedOn is null => (nameof(FoiRequest.ClosedOn), "Enter the date the request was closed"),
            _ => default,
        };
        if (needs.Item1 is not null)
        {
            breaches.Add(new(needs.Item1, needs.Item2));
        }
        return breaches;
    }

    /// <summary>The rules of a clock pause.</summary>
    public static IReadOnlyList<RuleBreach> Check(FoiClarification pause, FoiRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(pause);
        ArgumentNullException.ThrowIfNull(request);
        var breaches = new List<RuleBreach>();
        if (pause.RequestedOn < request.ReceivedOn)
        {
            breaches.Add(new(nameof(FoiClarification.RequestedOn), "Clarification can only be asked for on or after the date the request was received"));
        }
        if (pause.RequestedOn > today)
        {
            breaches.Add(new(nameof(FoiClarification.RequestedOn), "The date asked must be today or in the past"));
        }
        Before(breaches, pause.RequestedOn, pause.AnsweredOn, nameof(FoiClarification.AnsweredOn), "The answer must come on or after the date it was asked for");
        if (pause.AnsweredOn > today)
        {
            breaches.Add(new(nameof(FoiClarification.AnsweredOn), "The date answered must be today or in the past"));
        }
        return breaches;
    }

    private static void Before(List<RuleBreach> breaches, DateOnly earliest, DateOnly? value, string field, string message)
    {
        if (value is { } day && day < earliest)
        {
            breaches.Add(new(field, message));
        }
    }
}
