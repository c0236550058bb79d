using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>The list of organisations: searched, filtered by type, sorted and paged; current ones by default, retired
/// ones on request; as they stood at a past instant when the register is viewed as at then.</summary>
public static class OrganisationList
{
    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, RecordMarking Marking, bool Retired, bool DoNotConfirmOrDeny);

    /// <param name="Kind">The type of organisation shown, or null for all.</param>
    public sealed record Page(ListPage<Row> List, OrganisationKind? Kind, DateTime? AsAtUtc);

    /// <summary>The columns the list sorts by (name first, the default) and the fields a search looks in.</summary>
    public static readonly RecordList<Organisation> Columns = new RecordList<Organisation>(OrganisationFields.Kind)
        .SortBy("name", o => o.Name)
        .SortBy("kind", o => o.Kind)
        .Search(o => o.Name, o => o.Contact, o => o.Notes);

    /// <summary>What the export holds: the list's columns, the contact and notes, and the handling.</summary>
    public static readonly ExportSheet<Organisation> Export = new ExportSheet<Organisation>("Organisations", "organisations")
        .Column("Name", 30, o => o.Name)
        .Column("Type", 18, o => OrganisationFields.KindName(o.Kind))
        .Column("Contact", 30, o => o.Contact)
        .Column("Notes", 40, o => o.Notes)
        .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(ListQuery query, OrganisationKind? kind, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var organisations = await SelectAsync(kind, asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(organisations, query,
                o => new Row(o.Id, o.Name, o.Kind, o.Marking, o.RetiredAt != null, o.DoNotConfirmOrDeny), cancellationToken);
            return new Page(list, kind, asAtUtc);
        }

        /// <summary>Every organisation the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<Organisation>?> ExportAsync(ListQuery query, OrganisationKind? kind, DateTime? asAtUtc,
            CancellationToken cancellationToken) =>
            await Columns.ExportAsync(await SelectAsync(kind, asAtUtc, cancellationToken), false, query, Export, cancellationToken);

        private async Task<IQueryable<Organisation>> SelectAsync(OrganisationKind? kind, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            // The history rebuilds whole records, so the past register is searched and sorted in memory.
            var organisations = asAtUtc is { } instant
                ? (await RegisterAsOf.AllAsync<Organisation>(db, instant, cancellationToken)).AsQueryable()
                : db.Organisations.AsNoTracking();
            if (kind is { } chosen)
            {
                organisations = organisations.Where(o => o.Kind == chosen);
            }
            return organisations;
        }
    }
}
