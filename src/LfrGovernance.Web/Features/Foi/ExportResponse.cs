using System.Globalization;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Foi;

/// <summary>Downloading a request's response workbook (<see cref="ResponseWorkbook"/>); every download is logged.</summary>
public static class ExportResponse
{
    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<ExportFile?> HandleAsync(Guid requestId, CurrentUser user, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(user);
            var request = await db.FoiRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null)
            {
                return null;
            }
            var questions = await db.FoiQuestions.AsNoTracking().Where(q => q.RequestId == requestId && q.RetiredAt == null).OrderBy(q => q.Position)
                .ToListAsync(cancellationToken);
            var ids = questions.Select(q => q.Id).ToList();
            var exemptions = (await db.FoiExemptions.AsNoTracking().Where(e => ids.Contains(e.QuestionId) && e.RetiredAt == null)
                .OrderBy(e => e.Section).ToListAsync(cancellationToken)).ToLookup(e => e.QuestionId);
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var content = ResponseWorkbook.Build(new ResponseWorkbook.Document(request,
                [.. questions.Select(q => new ResponseWorkbook.Question(q, [.. exemptions[q.Id]], StoredAnswer.Read(q.GeneratedFigures)))], now));
            var stamp = UkTime.ToLocal(now).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);
            var name = new string([.. request.Reference.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
            db.AccessLog.Add(ExportFile.LogEntry(user, now, $"FOI response workbook for request \u201c{request.Reference}\u201d", $"request {request.Reference}"));
            await db.SaveChangesAsync(cancellationToken);
            return new ExportFile(content, XlsxWriter.ContentType, $"foi-response-{name}-{stamp}.xlsx");
        }
    }
}
