using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>The list of collaborations: searched by reference, title or organisation, filtered by status and by
/// manner (any of those selected), sorted and paged; as they stood at a past instant when the register is viewed
/// as at then.</summary>
public static class CollaborationList
{
    public sealed record Row(Guid Id, string Reference, string Title, Guid OrganisationId, CollaborationManner Manner, CollaborationStatus Status,
        DateOnly? StartedOn, DateOnly? EndedOn, bool DoNotConfirmOrDeny, bool Retired)
    {
        public string? Organisation { get; init; }
    }

    /// <param name="Manner">The manners selected in the filter (any of them matches), or None for all.</param>
    public sealed record Page(ListPage<Row> List, CollaborationStatus? Status, CollaborationManner Manner, DateTime? AsAtUtc);

    public static readonly RecordList<Collaboration> Columns = new RecordList<Collaboration>(CollaborationFields.Kind)
        .SortBy("reference", c => c.Reference)
        .SortBy("title", c => c.Title)
        .SortBy("status", c => c.Status)
        .SortBy("started", c => c.StartedOn);

    /// <summary>What the export holds: the list's columns, the agreement and the figures, and the handling.</summary>
    public static ExportSheet<Collaboration> Export(IReadOnlyDictionary<Guid, string> organisations) =>
        new ExportSheet<Collaboration>("Collaborations", "collaborations")
            .Column("Reference", 16, c => c.Reference)
            .Column("Title", 32, c => c.Title)
            .Column("Partner", 24, c => ExportText.Name(organisations, c.OrganisationId))
            .Column("Manner", 28, c => CollaborationFields.MannerName(c.Manner))
            .Column("Status", 14, c => c.Status.ToString())
            .Column("Started on", 12, c => ExportText.Day(c.StartedOn))
            .Column("Ended on", 12, c => ExportText.Day(c.EndedOn))
            .Column("Locations", 28, c => c.Locations)
            .Column("Cost", 14, c => c.CostPence is { } p ? NumberInput.FormatMoney(p, c.Currency) : null)
            .Column("Paid by", 18, c => c.PaidBy)
            .Column("Data sharing agreement", 10, c => ExportText.YesNo(c.DataSharingAgreement))
            .Column("Agreement reference", 18, c => c.DataSharingAgreementReference)
            .Column("Alerts", 9, c => ExportText.Number(c.Alerts))
            .Column("Alerts acted on", 9, c => ExportText.Number(c.AlertsActedOn))
            .Column("True positives", 9, c => ExportText.Number(c.TruePositives))
            .Column("False positives", 9, c => ExportText.Number(c.FalsePositives))
            .Column("Description", 40, c => c.Description)
            .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(ListQuery query, CollaborationStatus? status, IReadOnlyCollection<CollaborationManner>? manners, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            var (collaborations, organisations, manner) = await SelectAsync(query, status, manners, asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(collaborations, query,
                c => new Row(c.Id, c.Reference, c.Title, c.OrganisationId, c.Manner, c.Status, c.StartedOn, c.EndedOn, c.DoNotConfirmOrDeny, c.RetiredAt != null),
                cancellationToken);
            var ids = list.Rows.Select(r => r.OrganisationId).Distinct().ToList();
            var names = (await ToListAsync(organisations.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }), cancellationToken))
                .ToDictionary(o => o.Id, o => o.Name);
            var rows = list.Rows.Select(r => r with { Organisation = names.GetValueOrDefault(r.OrganisationId) }).ToList();
            return new Page(list with { Rows = rows }, status, manner, asAtUtc);
        }

        /// <summary>Every collaboration the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<Collaboration>?> ExportAsync(ListQuery query, CollaborationStatus? status, IReadOnlyCollection<CollaborationManner>? manners,
            DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var (collaborations, organisations, _) = await SelectAsync(query, status, manners, asAtUtc, cancellationToken);
            var names = (await ToListAsync(organisations.Select(o => new { o.Id, o.Name }), cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
            return await Columns.ExportAsync(collaborations, true, query, Export(names), cancellationToken);
        }

        private async Task<(IQueryable<Collaboration> Collaborations, IQueryable<Organisation> Organisations, CollaborationManner Manner)> SelectAsync(
            ListQuery query, CollaborationStatus? status, IReadOnlyCollection<CollaborationManner>? manners, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            IQueryable<Collaboration> collaborations;
            IQueryable<Organisation> organisations;
            if (asAtUtc is { } instant)
            {
                collaborations = (await RegisterAsOf.AllAsync<Collaboration>(db, instant, cancellationToken)).AsQueryable();
                organisations = (await RegisterAsOf.AllAsync<Organisation>(db, instant, cancellationToken)).AsQueryable();
            }
            else
            {
                collaborations = db.Collaborations.AsNoTracking();
                organisations = db.Organisations.AsNoTracking();
            }
            if (status is { } chosen)
            {
                collaborations = collaborations.Where(c => c.Status == chosen);
            }
            var manner = (manners ?? []).Aggregate(CollaborationManner.None, (all, m) => all | m);
            if (manner != CollaborationManner.None)
            {
                collaborations = collaborations.Where(c => (c.Manner & manner) != CollaborationManner.None);
            }
            if (query.Term is { } term)
            {
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower and Contains to SQL; the term is already in lower case.
                var partners = await ToListAsync(organisations.Where(o => o.Name.ToLower().Contains(term)).Select(o => o.Id), cancellationToken);
                collaborations = collaborations.Where(c => c.Reference.ToLower().Contains(term) || c.Title.ToLower().Contains(term)
                    || partners.Contains(c.OrganisationId));
#pragma warning restore CA1304, CA1311, CA1862
            }
            return (collaborations, organisations, manner);
        }

        private static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
            query.Provider is IAsyncQueryProvider ? await query.ToListAsync(cancellationToken) : query.ToList();
    }
}
