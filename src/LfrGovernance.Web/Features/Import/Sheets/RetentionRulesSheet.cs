using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Retention;
using LfrGovernance.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Form = LfrGovernance.Web.Features.Retention.RetentionFields.Form;

namespace LfrGovernance.Web.Features.Import.Sheets;

/// <summary>Retention rules, by category of data (with the name of an "Other" category) and the date the rule applies
/// from; the policy that sets it as the forms list it, "Title (version 1.0)".</summary>
public sealed class RetentionRulesSheet : IImportSheet
{
    private const int CategoryColumn = 0;
    private const int OtherColumn = 1;
    private const int AppliesFromColumn = 2;
    private const int PeriodColumn = 3;
    private const int UnitColumn = 4;
    private const int DeletionColumn = 5;
    private const int PolicyColumn = 6;
    private const int HandlingColumn = 7;

    internal static readonly ImportChoices<RetainedDataCategory> Categories = new(RetentionFields.Categories, c => RetentionFields.CategoryName(c));

    private static readonly ImportChoices<RetentionPeriodUnit> Units = new(RetentionFields.Units, RetentionFields.UnitName);

    private static readonly Dictionary<string, int> ColumnsByField = new(StringComparer.Ordinal)
    {
        [nameof(Form.Category)] = CategoryColumn,
        [nameof(Form.OtherCategory)] = OtherColumn,
        [nameof(Form.AppliesFrom)] = AppliesFromColumn,
        [nameof(Form.Period)] = PeriodColumn,
        [nameof(Form.PeriodUnit)] = UnitColumn,
        [nameof(Form.DeletionMethod)] = DeletionColumn,
        [nameof(Form.PolicyDocumentId)] = PolicyColumn,
        [nameof(Form.Marking)] = HandlingColumn,
    };

    public string Name => "Retention rules";

    public int Order => 110;

    public string Policy => Policies.EditRegister;

    public string RowDescribes => "retention rule";

    public string ListPath => "/retention";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("Category of data", Categories.Note + " With the name of the category and the date it applies from, it names the rule: a row naming a rule already in the register changes it.", Required: true, Allowed: Categories.Allowed, Width: 34),
        new("Name of the category", "Only for the category Other: its name. Up to 200 characters.", Width: 26),
        new("Applies from", ImportCells.DayNote + " Optional.", Width: 14),
        new("Period", "How long the data is kept: a whole number up to 10,000; 0 when it is deleted immediately.", Required: true, Width: 10),
        new("Unit", Units.Note, Required: true, Allowed: Units.Allowed, Width: 22),
        new("How it is deleted", "Up to 1,000 characters.", Required: true, Width: 36),
        new("Policy that sets it", "The policy as the Policies sheet or the register names it: its title and version, like Retention policy (version 1.0). Optional.", Width: 36),
        .. SheetHandling.Columns,
    ];

    /// <summary>A category as a natural reference: its name, or "Other" and the category's own name.</summary>
    internal static string CategoryKey(RetainedDataCategory category, string? other) =>
        category + "\u001f" + (category == RetainedDataCategory.Other ? other?.Trim() : null);

    public async Task StageAsync(ImportBatch batch, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var existing = await ExistingRecords<RetentionRule>.LoadAsync(batch.Db.RetentionRules,
            r => new { r.Id, r.Category, r.OtherCategory, r.AppliesFrom, r.RetiredAt, r.DoNotConfirmOrDeny },
            r => new StoredKey(r.Id, Key(r.Category, r.OtherCategory, r.AppliesFrom), r.RetiredAt != null, r.DoNotConfirmOrDeny),
            rows.Select(KeyOf), cancellationToken);
        var policies = await RecordNames<PolicyDocument>.LoadAsync(batch.Db.Policies,
            p => new NamedRecord(p.Id, p.Title + " (version " + p.DocumentVersion + ")", p.RetiredAt != null), "policy", "Policies", cancellationToken);
        foreach (var row in rows)
        {
            var cells = new SheetRow(this, batch, row);
            var category = cells.Choice(CategoryColumn, Categories);
            var other = cells.Text(OtherColumn);
            var appliesFrom = cells.Day(AppliesFromColumn);
            var form = new Form
            {
                Category = category,
                OtherCategory = other,
                AppliesFrom = DateInput.From(appliesFrom),
                Period = SheetReferences.CountForForm(cells.Count(PeriodColumn, 10_000)),
                PeriodUnit = cells.Choice(UnitColumn, Units),
                DeletionMethod = cells.Text(DeletionColumn),
                // Until the handling columns are read (once the row is matched), so that only real problems show.
                Marking = Core.Records.RecordMarking.Official,
            };
            if (category is not { } known || !cells.IsValid)
            {
                cells.Check(form, ColumnsByField);
                continue;
            }
            var key = Key(known, other, appliesFrom);
            if (!existing.TryMatch(cells, CategoryColumn, key, "category and date it applies from", RowDescribes, out var rule))
            {
                continue;
            }
            form.OtherCategory = rule?.OtherCategory ?? other;
            var policyId = policies.Find(cells, PolicyColumn, rule?.PolicyDocumentId, out var policyFound);
            (form.Marking, form.DoNotConfirmOrDeny) = SheetHandling.Read(cells, HandlingColumn, rule);
            if (!policyFound || !cells.Check(form, ColumnsByField))
            {
                continue;
            }
            var draft = Staging.Draft(batch, rule);
            var modelState = new ModelStateDictionary();
            if (!await form.TryApplyAsync(draft, batch.Db, modelState, cancellationToken))
            {
                cells.Report(modelState, ColumnsByField);
                continue;
            }
            draft.PolicyDocumentId = policyId;
            Staging.Stage(this, batch, key, rule, draft);
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportRowsAsync(GovernanceDbContext db,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var policies = await RecordNames<PolicyDocument>.LoadAsync(db.Policies,
            p => new NamedRecord(p.Id, p.Title + " (version " + p.DocumentVersion + ")", p.RetiredAt != null), "policy", "Policies", cancellationToken);
        var rules = await db.RetentionRules.AsNoTracking().Where(r => r.RetiredAt == null).ToListAsync(cancellationToken);
        foreach (var r in rules.OrderBy(r => r.Category).ThenBy(r => r.OtherCategory, StringComparer.Ordinal).ThenBy(r => r.AppliesFrom))
        {
            yield return
            [
                Categories.Name(r.Category), r.OtherCategory, ImportCells.Day(r.AppliesFrom), ImportCells.Number(r.Period), Units.Name(r.PeriodUnit),
                r.DeletionMethod, policies.NameOf(r.PolicyDocumentId), .. SheetHandling.Cells(r),
            ];
        }
    }

    private static string? KeyOf(ImportRow row) =>
        Categories.TryRead(row[CategoryColumn], out var category, out _) && category is { } c && ImportCells.TryDay(row[AppliesFromColumn], out var day, out _)
            ? Key(c, row[OtherColumn], day)
            : null;

    private static string Key(RetainedDataCategory category, string? other, DateOnly? appliesFrom) =>
        CategoryKey(category, other) + "\u001f" + ImportCells.Day(appliesFrom);
}
