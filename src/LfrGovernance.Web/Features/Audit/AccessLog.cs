using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Audit;

/// <summary>The access log: who viewed, exported or downloaded what, newest first, filtered and paged.</summary>
public static class AccessLog
{
    public sealed class Input : AuditFilterInput
    {
        /// <summary>An <see cref="AccessAction"/> name, or empty for all.</summary>
        public string? Action { get; set; }
    }

    public sealed record Row(
        DateTime OccurredAt,
        string UserId,
        string UserName,
        string UserRoles,
        AccessAction Action,
        string Description,
        string? RecordType,
        Guid? RecordId,
        string? Filters,
        string? Purpose);

    public sealed record Page(Input Input, IReadOnlyList<Row> Rows, Pager Pager, string FiltersInWords);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            var dates = DateRange.Read(input, modelState);
            var entries = db.AccessLog.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(input.User))
            {
                var pattern = AuditText.ContainsPattern(input.User);
                entries = entries.Where(e => EF.Functions.Like(e.UserName, pattern, "\\") || EF.Functions.Like(e.UserId, pattern, "\\"));
            }
            var action = Enum.GetValues<AccessAction>().Select(a => (AccessAction?)a)
                .FirstOrDefault(a => string.Equals(a.ToString(), input.Action?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (action is { } chosen)
            {
                entries = entries.Where(e => e.Action == chosen);
            }
            if (dates.FromUtc is { } from)
            {
                entries = entries.Where(e => e.OccurredAt >= from);
            }
            if (dates.ToUtcExclusive is { } to)
            {
                entries = entries.Where(e => e.OccurredAt < to);
            }

            var total = await entries.CountAsync(cancellationToken);
            var pager = Pager.For(input.Page, total);
            // Newest first; the id breaks ties between entries written in the same instant.
            var rows = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
                .Skip(pager.Skip).Take(pager.Size)
                .Select(e => new Row(e.OccurredAt, e.UserId, e.UserName, e.UserRoles, e.Action, e.Description, e.RecordType, e.RecordId, e.Filters, e.Purpose))
                .ToListAsync(cancellationToken);
            var words = AuditText.Describe([AuditText.UserFilter(input), ("action", action?.ToString()), .. AuditText.DateFilters(dates)]);
            return new Page(input, rows, pager, words);
        }
    }
}
