using LfrGovernance.Core.Collaborations;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.Persistence;
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

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<Page> HandleAsync(ListQuery query, CollaborationStatus? status, IReadOnlyCollection<CollaborationManner>? manners, DateTime? asAtUtc,
            CancellationToken cancellationToken)
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
            var list = await Columns.ToPageAsync(collaborations, query,
                c => new Row(c.Id, c.Reference, c.Title, c.OrganisationId, c.Manner, c.Status, c.StartedOn, c.EndedOn, c.DoNotConfirmOrDeny, c.RetiredAt != null),
                cancellationToken);
            var ids = list.Rows.Select(r => r.OrganisationId).Distinct().ToList();
            var names = (await ToListAsync(organisations.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }), cancellationToken))
                .ToDictionary(o => o.Id, o => o.Name);
            var rows = list.Rows.Select(r => r with { Organisation = names.GetValueOrDefault(r.OrganisationId) }).ToList();
            return new Page(list with { Rows = rows }, status, manner, asAtUtc);
        }

        private static async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
            query.Provider is IAsyncQueryProvider ? await query.ToListAsync(cancellationToken) : query.ToList();
    }
}
