using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>The disclosure log the force publishes: every responded request, oldest response first, with its questions,
/// its final answers and the exemptions applied, as XLSX or CSV. Requesters are named by category only. Every export
/// is logged.</summary>
public static class DisclosureLog
{
    private static readonly FoiRequestStatus[] Answered =
        [FoiRequestStatus.Responded, FoiRequestStatus.InternalReview, FoiRequestStatus.IcoComplaint, FoiRequestStatus.Closed];

    private static readonly ExportColumn[] Columns =
    [
        new("Reference", 18), new("Received", 14), new("Responded", 14), new("Within the deadline", 12), new("Summary", 40), new("Requester", 16),
        new("Legislation", 14), new("Questions", 70), new("Response", 90), new("Exemptions", 30),
    ];

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<ExportFile> HandleAsync(ExportFormat format, CurrentUser user, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            var requests = await db.FoiRequests.AsNoTracking()
                .Where(r => r.RetiredAt == null && r.RespondedOn != null && Answered.Contains(r.Status))
                .OrderBy(r => r.RespondedOn).ThenBy(r => r.Reference)
                .ToListAsync(cancellationToken);
            var ids = requests.Select(r => r.Id).ToList();
            var questions = (await db.FoiQuestions.AsNoTracking().Where(q => ids.Contains(q.RequestId) && q.RetiredAt == null).ToListAsync(cancellationToken))
                .ToLookup(q => q.RequestId);
            var questionIds = questions.SelectMany(g => g).Select(q => q.Id).ToList();
            var exemptions = (await db.FoiExemptions.AsNoTracking().Where(e => questionIds.Contains(e.QuestionId) && e.RetiredAt == null)
                .ToListAsync(cancellationToken)).ToLookup(e => e.QuestionId);
            var pauses = (await db.FoiClarifications.AsNoTracking().Where(c => ids.Contains(c.RequestId)).ToListAsync(cancellationToken)).ToLookup(c => c.RequestId);
            var calendar = await FoiCalendar.LoadAsync(db, cancellationToken);
            var today = UkTime.Today(db.Clock);
            var rows = requests.Select(r =>
            {
                var asked = questions[r.Id].OrderBy(q => q.Position).ToList();
                var deadlines = FoiRequestClock.For(r, pauses[r.Id], calendar, today);
                return (IReadOnlyList<string?>)
                [
                    r.Reference, UkTime.FormatDay(r.ReceivedOn), UkTime.FormatDay(r.RespondedOn!.Value), deadlines.RespondedLate(r) ? "No" : "Yes", r.Summary,
                    FoiFields.CategoryName(r.RequesterCategory), r.Legislation == FoiLegislation.Eir ? "EIR" : "FOIA",
                    string.Join(Environment.NewLine, asked.Select(q => $"{q.Number}. {q.Text}")),
                    string.Join(Environment.NewLine + Environment.NewLine, asked.Select(q => $"{q.Number}. {Response(q, exemptions[q.Id].ToList())}")),
                    string.Join(", ", asked.SelectMany(q => exemptions[q.Id].Select(e => e.Section + (e.NeitherConfirmNorDeny ? " (NCND)" : ""))).Distinct()),
                ];
            }).ToList();
            var now = db.Clock.GetUtcNow().UtcDateTime;
            db.AccessLog.Add(ExportFile.LogEntry(user, now, $"FOI disclosure log ({rows.Count} requests)", "responded requests"));
            await db.SaveChangesAsync(cancellationToken);
            return ExportFile.Create(new ExportTable("Disclosure log", Columns, rows), format, "foi-disclosure-log", now);
        }

        private static string Response(FoiQuestion question, IReadOnlyList<FoiExemption> exemptions) =>
            string.Join(Environment.NewLine, new[] { question.IsFinal ? question.Answer ?? string.Empty : string.Empty, FoiExemptionRules.RefusalNotice(exemptions) }
                .Where(t => t.Length > 0));
    }
}
