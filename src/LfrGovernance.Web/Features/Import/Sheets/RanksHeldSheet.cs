using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>The ranks people held, by the person's name, the rank and the first day it was held. A rank held is part of
/// its person (it takes the person's marking and "do not confirm or deny" flag), so the sheet has no handling columns.
/// As on the "record a new rank" page, a rank that starts after the person's current one ends that one the day before;
/// an earlier period may be added when it overlaps no other.</summary>
public sealed class RanksHeldSheet : IImportSheet
{
    private const int PersonColumn = 0;
    private const int RankColumn = 1;
    private const int FromColumn = 2;
    private const int ToColumn = 3;

    private static readonly ImportChoices<Rank> RankNames = new(Ranks.LowestToHighest, Ranks.DisplayName);

    public string Name => "Ranks held";

    public int Order => 25;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "rank held";

    public string ListPath => "/people";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Person", "The person, by their name on the People sheet or in the register. The rank takes the person's marking and \"do not confirm or deny\" flag. The person, rank and first day together name the rank held: a row naming one already in the register changes its last day.", Required: true, Width: 30),
        new("Rank", RankNames.Note, Required: true, Allowed: RankNames.Allowed, Width: 40),
        new("From", "The first day the rank was held. " + ImportCells.DayNote, Required: true, Width: 14),
        new("To", "The last day the rank was held; blank while it is held. " + ImportCells.DayNote, Width: 14),
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var names = await SheetReferences.PeopleAsync(batch.Db, cancellationToken);
        // Every person the file names, with their ranks, tracked: one query for the sheet.
        var named = rows.Select(r => r[PersonColumn]).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => ImportBatch.Normalise(n!)).ToHashSet(StringComparer.Ordinal);
        var ids = (await batch.Db.People.AsNoTracking().Where(p => p.RetiredAt == null).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
            .Where(p => named.Contains(ImportBatch.Normalise(p.Name))).Select(p => p.Id).ToList();
        var people = await batch.Db.People.Include(p => p.Ranks).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var personName = cells.Required(PersonColumn, "Enter the person's name");
            var rank = cells.Choice(RankColumn, RankNames);
            if (rank is null && cells.Text(RankColumn) is null)
            {
                cells.Reject(RankColumn, "Select the rank");
            }
            var from = cells.Day(FromColumn);
            if (from is null && cells.Text(FromColumn) is null)
            {
                cells.Reject(FromColumn, "Enter the date the rank was first held");
            }
            var to = cells.Day(ToColumn);
            if (to < from)
            {
                cells.Reject(ToColumn, "The last day the rank was held must be the same as or after the first");
            }
            var personId = names.Find(cells, PersonColumn, null, out _);
            if (!cells.IsValid || personId is not { } id || rank is not { } held || from is not { } first)
            {
                continue;
            }
            var person = batch.Find<Person>(personName!) ?? people.GetValueOrDefault(id);
            if (person is null)
            {
                cells.Reject(PersonColumn, "Enter the person's name as the register has it");
                continue;
            }
            var key = Key(person.Name, held, first);
            if (seen.TryGetValue(ImportBatch.Normalise(key), out var earlier))
            {
                cells.Reject(FromColumn, $"Row {earlier} has the same person, rank and first day: each rank held can appear only once");
                continue;
            }
            seen[ImportBatch.Normalise(key)] = row.Number;
            var current = person.Ranks.Where(r => !r.IsRetired).ToList();
            if (current.FirstOrDefault(r => r.Rank == held && r.From == first) is { } stored)
            {
                if (Overlap(current, stored, first, to) is { } other)
                {
                    cells.Reject(ToColumn, OverlapMessage(other));
                    continue;
                }
                var changed = stored.To != to;
                stored.To = to;
                batch.Count(this, changed ? ImportRowOutcome.Updated : ImportRowOutcome.Unchanged);
                batch.Remember(key, stored);
                continue;
            }
            RankHeld added;
            if (current.Count == 0 || first > current.Max(r => r.From))
            {
                try
                {
                    added = person.ChangeRank(held, first);
                }
                catch (DomainRuleException ex)
                {
                    cells.Reject(FromColumn, ex.Message);
                    continue;
                }
            }
            else if (Overlap(current, null, first, to) is { } other)
            {
                cells.Reject(FromColumn, OverlapMessage(other));
                continue;
            }
            else
            {
                added = new RankHeld { PersonId = person.Id, ForceId = person.ForceId, Rank = held, From = first };
                person.Ranks.Add(added);
            }
            added.To = to;
            batch.Db.RanksHeld.Add(added);
            batch.Count(this, ImportRowOutcome.Created);
            batch.Remember(key, added);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await db.People.AsNoTracking().Where(p => p.RetiredAt == null).Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var ranks = await db.RanksHeld.AsNoTracking().Where(r => r.RetiredAt == null).ToListAsync(cancellationToken);
        foreach (var r in ranks.Where(r => people.ContainsKey(r.PersonId)).OrderBy(r => people[r.PersonId], StringComparer.Ordinal).ThenBy(r => r.PersonId).ThenBy(r => r.From))
        {
            yield return [people[r.PersonId], RankNames.Name(r.Rank), ImportCells.Day(r.From), ImportCells.Day(r.To)];
        }
    }

    private static RankHeld? Overlap(IEnumerable<RankHeld> ranks, RankHeld? except, DateOnly from, DateOnly? to) =>
        ranks.FirstOrDefault(r => r != except && from <= (r.To ?? DateOnly.MaxValue) && (to ?? DateOnly.MaxValue) >= r.From);

    private static string OverlapMessage(RankHeld other) =>
        $"The period overlaps the rank of {Ranks.DisplayName(other.Rank)} held from {RankFields.Format(other.From)}"
        + (other.To is { } end ? $" to {RankFields.Format(end)}" : string.Empty) + ": a person holds one rank at a time";

    private static string Key(string person, Rank rank, DateOnly from) => string.Join('\u001f', person.Trim(), rank, ImportCells.Day(from));
}
