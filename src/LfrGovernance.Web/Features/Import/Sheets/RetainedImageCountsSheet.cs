using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Form = LfrGovernance.Web.Features.RetainedCounts.RetainedCountFields.Form;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>How many images of a category the force held on a date, by category (with the name of an "Other" category)
/// and the date counted.</summary>
public sealed class RetainedImageCountsSheet : IImportSheet
{
    private const int CategoryColumn = 0;
    private const int OtherColumn = 1;
    private const int CountedOnColumn = 2;
    private const int CountColumn = 3;
    private const int BeyondColumn = 4;
    private const int ReasonColumn = 5;
    private const int HandlingColumn = 6;

    private static readonly ImportChoices<RetainedDataCategory> Categories = RetentionRulesSheet.Categories;

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(Form.Category)] = CategoryColumn,
        [nameof(Form.OtherCategory)] = OtherColumn,
        [nameof(Form.CountedOn)] = CountedOnColumn,
        [nameof(Form.Count)] = CountColumn,
        [nameof(Form.BeyondPolicy)] = BeyondColumn,
        [nameof(Form.ReasonBeyondPolicy)] = ReasonColumn,
        [nameof(Form.Marking)] = HandlingColumn,
    };

    public string Name => "Retained image counts";

    public int Order => 120;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "count";

    public string ListPath => "/retention/counts";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Category of data", Categories.Note + " With the name of the category and the date counted, it names the count: a row naming a count already in the register changes it.", Required: true, Allowed: Categories.Allowed, Width: 34),
        new("Name of the category", "Only for the category Other: its name. Up to 200 characters.", Width: 26),
        new("Date counted", ImportCells.DayNote + " Not in the future.", Required: true, Width: 14),
        new("Number of images", "How many images of the category the force held that day: a whole number.", Required: true, Width: 14),
        new("Held beyond the retention rule", "Of those, how many were kept beyond the retention rule: a whole number, no more than the number of images. Blank: 0.", Width: 16),
        new("Why they are held beyond the rule", "Required when any are held beyond the rule. Up to 4,000 characters.", Width: 36),
        .. SheetHandling.Columns,
    ];

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<RetainedImageCount>.LoadAsync(batch.Db.RetainedImageCounts,
            c => new { c.Id, c.Category, c.OtherCategory, c.CountedOn, c.RetiredAt, c.DoNotConfirmOrDeny },
            c => new StoredKey(c.Id, Key(c.Category, c.OtherCategory, c.CountedOn), c.RetiredAt != null, c.DoNotConfirmOrDeny),
            rows.Select(KeyOf), cancellationToken);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var category = cells.Choice(CategoryColumn, Categories);
            var other = cells.Text(OtherColumn);
            var countedOn = cells.Day(CountedOnColumn);
            var form = new Form
            {
                Category = category,
                OtherCategory = other,
                CountedOn = DateInput.From(countedOn),
                Count = SheetReferences.CountForForm(cells.Count(CountColumn)),
                BeyondPolicy = SheetReferences.CountForForm(cells.Count(BeyondColumn)),
                ReasonBeyondPolicy = cells.Text(ReasonColumn),
                // Until the handling columns are read (once the row is matched), so that only real problems show.
                Marking = Core.Records.RecordMarking.Official,
            };
            if (countedOn is null && cells.IsValid)
            {
                cells.Reject(CountedOnColumn, "Enter the date of the count");
            }
            if (category is not { } known || countedOn is not { } on || !cells.IsValid)
            {
                cells.Check(form, ColumnsByField);
                continue;
            }
            var key = Key(known, other, on);
            if (!existing.TryMatch(cells, CategoryColumn, key, "category and date counted", RowDescribes, out var count))
            {
                continue;
            }
            form.OtherCategory = count?.OtherCategory ?? other;
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, count);
            if (!cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, count);
            var modelState = new ModelStateDictionary();
            if (!form.TryApply(draft, batch.Db, modelState))
            {
                cells.Report(modelState, ColumnsByField);
                continue;
            }
            Staging.Stage(this, batch, key, count, draft);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = await db.RetainedImageCounts.AsNoTracking().Where(c => c.RetiredAt == null).ToListAsync(cancellationToken);
        foreach (var c in counts.OrderBy(c => c.Category).ThenBy(c => c.OtherCategory, StringComparer.Ordinal).ThenBy(c => c.CountedOn))
        {
            yield return
            [
                Categories.Name(c.Category), c.OtherCategory, ImportCells.Day(c.CountedOn), ImportCells.Number(c.Count),
                ImportCells.Number(c.BeyondPolicy), c.ReasonBeyondPolicy, .. SheetHandling.Cells(c),
            ];
        }
    }

    private static string? KeyOf(ImportRow row) =>
        Categories.TryRead(row[CategoryColumn], out var category, out _) && category is { } c
            && ImportCells.TryDay(row[CountedOnColumn], out var day, out _) && day is { } on
            ? Key(c, row[OtherColumn], on)
            : null;

    private static string Key(RetainedDataCategory category, string? other, DateOnly countedOn) =>
        RetentionRulesSheet.CategoryKey(category, other) + "\u001f" + ImportCells.Day(countedOn);
}
