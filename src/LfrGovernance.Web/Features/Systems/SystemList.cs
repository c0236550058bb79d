using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>The list of facial recognition systems: searched by name, product or supplier, filtered by kind and
/// status, sorted and paged; current ones by default, retired ones on request; as they stood at a past instant when
/// the register is viewed as at then.</summary>
public static class SystemList
{
    public sealed record Row(Guid Id, string Name, FacialRecognitionKind Kind, string Product, Guid? SupplierId, SystemStatus Status,
        double? DefaultThreshold, bool DoNotConfirmOrDeny, bool Retired)
    {
        public string? Supplier { get; init; }
    }

    public sealed record Page(ListPage<Row> List, FacialRecognitionKind? Kind, SystemStatus? Status, DateTime? AsAtUtc);

    /// <summary>The columns the list sorts by (name first, the default). The search is the handler's own, because it
    /// looks in the supplier's name too.</summary>
    public static readonly RecordList<FacialRecognitionSystem> Columns = new RecordList<FacialRecognitionSystem>(SystemFields.Kind)
        .SortBy("name", s => s.Name)
        .SortBy("kind", s => s.Kind)
        .SortBy("product", s => s.Product)
        .SortBy("status", s => s.Status)
        .SortBy("threshold", s => s.DefaultThreshold);

    /// <summary>What the export holds: the list's columns, the contract and costs, and the handling.</summary>
    public static ExportSheet<FacialRecognitionSystem> Export(IReadOnlyDictionary<Guid, string> organisations) =>
        new ExportSheet<FacialRecognitionSystem>("Systems", "systems")
            .Column("Name", 28, s => s.Name)
            .Column("Kind", 14, s => SystemFields.KindName(s.Kind))
            .Column("Product", 24, s => s.Product)
            .Column("Supplier", 24, s => ExportText.Name(organisations, s.SupplierId))
            .Column("Algorithm version", 14, s => s.AlgorithmVersion)
            .Column("Default threshold", 10, s => ExportText.Number(s.DefaultThreshold))
            .Column("Status", 14, s => SystemFields.StatusName(s.Status))
            .Column("Contract reference", 18, s => s.ContractReference)
            .Column("Contract start", 12, s => ExportText.Day(s.ContractStart))
            .Column("Contract end", 12, s => ExportText.Day(s.ContractEnd))
            .Column("Capital cost", 14, s => s.CapitalCostPence is { } p ? NumberInput.FormatMoney(p, s.Currency) : null)
            .Column("Annual cost", 14, s => s.AnnualCostPence is { } p ? NumberInput.FormatMoney(p, s.Currency) : null)
            .Column("Notes", 40, s => s.Notes)
            .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(ListQuery query, FacialRecognitionKind? kind, SystemStatus? status, DateTime? asAtUtc,
            CancellationToken cancellationToken)
        {
            var (systems, organisations) = await SelectAsync(query, kind, status, asAtUtc, cancellationToken);
            var list = await Columns.ToPageAsync(systems, query,
                s => new Row(s.Id, s.Name, s.Kind, s.Product, s.SupplierId, s.Status, s.DefaultThreshold, s.DoNotConfirmOrDeny, s.RetiredAt != null),
                cancellationToken);
            var ids = list.Rows.Where(r => r.SupplierId != null).Select(r => r.SupplierId).Distinct().ToList();
            var names = (await ToListAsync(organisations.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }), cancellationToken))
                .ToDictionary(o => o.Id, o => o.Name);
            var rows = list.Rows.Select(r => r with { Supplier = r.SupplierId is { } id && names.TryGetValue(id, out var name) ? name : null }).ToList();
            return new Page(list with { Rows = rows }, kind, status, asAtUtc);
        }

        /// <summary>Every system the list shows, on all its pages, for an export.</summary>
        public async Task<ExportSelection<FacialRecognitionSystem>?> ExportAsync(ListQuery query, FacialRecognitionKind? kind, SystemStatus? status,
            DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            var (systems, organisations) = await SelectAsync(query, kind, status, asAtUtc, cancellationToken);
            var names = (await ToListAsync(organisations.Select(o => new { o.Id, o.Name }), cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
            return await Columns.ExportAsync(systems, true, query, Export(names), cancellationToken);
        }

        private async Task<(IQueryable<FacialRecognitionSystem> Systems, IQueryable<Organisation> Organisations)> SelectAsync(ListQuery query,
            FacialRecognitionKind? kind, SystemStatus? status, DateTime? asAtUtc, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            // The history rebuilds whole records, so the past register is searched and sorted in memory.
            IQueryable<FacialRecognitionSystem> systems;
            IQueryable<Organisation> organisations;
            if (asAtUtc is { } instant)
            {
                systems = (await RegisterAsOf.AllAsync<FacialRecognitionSystem>(db, instant, cancellationToken)).AsQueryable();
                organisations = (await RegisterAsOf.AllAsync<Organisation>(db, instant, cancellationToken)).AsQueryable();
            }
            else
            {
                systems = db.Systems.AsNoTracking();
                organisations = db.Organisations.AsNoTracking();
            }
            if (kind is { } chosenKind)
            {
                systems = systems.Where(s => s.Kind == chosenKind);
            }
            if (status is { } chosenStatus)
            {
                systems = systems.Where(s => s.Status == chosenStatus);
            }
            if (query.Term is { } term)
            {
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower and Contains to SQL; the term is already in lower case.
                var suppliers = await ToListAsync(organisations.Where(o => o.Name.ToLower().Contains(term)).Select(o => (Guid?)o.Id), cancellationToken);
                systems = systems.Where(s => s.Name.ToLower().Contains(term) || s.Product.ToLower().Contains(term)
                    || (s.SupplierId != null && suppliers.Contains(s.SupplierId)));
#pragma warning restore CA1304, CA1311, CA1862
            }
            return (systems, organisations);
        }

        private static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
            query.Provider is Microsoft.EntityFrameworkCore.Query.IAsyncQueryProvider ? await query.ToListAsync(cancellationToken) : query.ToList();
    }
}
