using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Exports;
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

    public static readonly ExportSheet<Row> Sheet = new ExportSheet<Row>("Access log", "access-log")
        .Column("When (UK time)", 22, row => UkTime.Format(row.OccurredAt))
        .Column("When (UTC)", 22, row => row.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))
        .Column("User", 24, row => row.UserName)
        .Column("User id", 24, row => row.UserId)
        .Column("Roles", 24, row => AuditText.RolesForDisplay(row.UserRoles))
        .Column("Action", 12, row => row.Action.ToString())
        .Column("What", 40, row => row.Description)
        .Column("Record type", 16, row => row.RecordType)
        .Column("Record id", 38, row => row.RecordId?.ToString("D"))
        .Column("Filters", 40, row => row.Filters)
        .Column("Purpose", 30, row => row.Purpose)
        .RowsAre("entry", "entries");

    /// <summary>The entries the filters select, newest first, and the filters in words.</summary>
    private sealed record Selection(IQueryable<AccessLogEntry> Entries, string FiltersInWords);

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            var selection = Select(input, modelState);
            var total = await selection.Entries.CountAsync(cancellationToken);
            var pager = Pager.For(input.Page, total);
            var rows = await Rows(selection.Entries.Skip(pager.Skip).Take(pager.Size)).ToListAsync(cancellationToken);
            return new Page(input, rows, pager, selection.FiltersInWords);
        }

        /// <summary>Every entry the filters select, for an export, but the export's own line
        /// (<paramref name="exportEntryId"/>); null when the filters have errors.</summary>
        public async Task<ExportSelection<Row>?> ExportAsync(Input input, Guid exportEntryId, ModelStateDictionary modelState,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var selection = Select(input, modelState);
            if (!modelState.IsValid)
            {
                return null;
            }
            var entries = selection.Entries.Where(e => e.Id != exportEntryId);
            var count = await entries.CountAsync(cancellationToken);
            return new ExportSelection<Row>(Sheet, count, Rows(entries).AsAsyncEnumerable(), selection.FiltersInWords);
        }

        private Selection Select(Input input, ModelStateDictionary modelState)
        {
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
            var words = AuditText.Describe([AuditText.UserFilter(input), ("action", action?.ToString()), .. AuditText.DateFilters(dates)]);
            // Newest first; the id breaks ties between entries written in the same instant.
            return new Selection(entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id), words);
        }

        private static IQueryable<Row> Rows(IQueryable<AccessLogEntry> entries) =>
            entries.Select(e => new Row(e.OccurredAt, e.UserId, e.UserName, e.UserRoles, e.Action, e.Description, e.RecordType, e.RecordId, e.Filters, e.Purpose));
    }
}
