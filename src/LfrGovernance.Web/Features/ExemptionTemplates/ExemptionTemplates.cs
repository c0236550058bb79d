using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Features.Foi;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.ExemptionTemplates;

/// <summary>Reusable exemption wording for the FOI team: the list, a template's page, adding and changing one. A
/// question's exemption copies a template's wording when applied, so changing a template never changes an answer.</summary>
public static class ExemptionTemplateWork
{
    public sealed class TemplateFields : RecordFields
    {
        public static readonly TemplateFields Instance = new();

        public static readonly RecordKind<ExemptionTemplate> Kind = new("exemption template", "exemption templates", "/foi/exemption-templates",
            t => t.Title, Instance);

        private static readonly Dictionary<string, string> LabelsByField = new(
        [
            new(nameof(ExemptionTemplate.Title), "Title"),
            new(nameof(ExemptionTemplate.Section), "Section"),
            new(nameof(ExemptionTemplate.NeitherConfirmNorDeny), "Neither confirm nor deny"),
            new(nameof(ExemptionTemplate.HarmStatement), "Harm statement"),
            new(nameof(ExemptionTemplate.FactorsFavouringDisclosure), "Factors favouring disclosure"),
            new(nameof(ExemptionTemplate.FactorsAgainstDisclosure), "Factors against disclosure"),
            new(nameof(ExemptionTemplate.Balance), "Balance"),
            .. Common,
        ], StringComparer.Ordinal);

        protected override IReadOnlyDictionary<string, string> Labels => LabelsByField;
    }

    public sealed class Input : ExemptionWording
    {
        [Required(ErrorMessage = "Enter the template's title")]
        [StringLength(ExemptionTemplate.TitleLength, ErrorMessage = "The title must be 200 characters or fewer")]
        public string? Title { get; set; }
    }

    public sealed record ListPage(IReadOnlyList<ExemptionTemplate> Templates, bool ShowRetired);

    /// <param name="Id">The template changed, or null for a new one.</param>
    public sealed record FormPage(Guid? Id, Input Input);

    public sealed record DetailsPage(ExemptionTemplate Template, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

    public abstract record Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Saved(Guid Id) : Outcome;

    public sealed record Refused : Outcome;

    /// <summary>What the export holds: each template's whole wording and its handling.</summary>
    public static readonly ExportSheet<ExemptionTemplate> Export = new ExportSheet<ExemptionTemplate>("Exemption templates", "exemption-templates")
        .Column("Title", 30, t => t.Title)
        .Column("Section", 14, t => t.Section)
        .Column("Neither confirm nor deny", 12, t => ExportText.YesNo(t.NeitherConfirmNorDeny))
        .Column("Harm statement", 50, t => t.HarmStatement)
        .Column("Factors favouring disclosure", 50, t => t.FactorsFavouringDisclosure)
        .Column("Factors against disclosure", 50, t => t.FactorsAgainstDisclosure)
        .Column("Balance", 50, t => t.Balance)
        .RecordColumns();

    public sealed class Handler(GovernanceDbContext db)
    {
        public async Task<ListPage> ListAsync(bool showRetired, CancellationToken cancellationToken) =>
            new(await Listed(showRetired).ToListAsync(cancellationToken), showRetired);

        /// <summary>What the list shows, for an export.</summary>
        public async Task<ExportSelection<ExemptionTemplate>?> ExportAsync(bool showRetired, CancellationToken cancellationToken) =>
            new(Export, await Listed(showRetired).CountAsync(cancellationToken), ListExport.Stream(Listed(showRetired)));

        private IQueryable<ExemptionTemplate> Listed(bool showRetired) =>
            db.ExemptionTemplates.AsNoTracking().Where(t => showRetired || t.RetiredAt == null).OrderBy(t => t.Section).ThenBy(t => t.Title);

        public async Task<FormPage?> EditPageAsync(Guid id, CancellationToken cancellationToken)
        {
            var template = await db.ExemptionTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.RetiredAt == null, cancellationToken);
            if (template is null)
            {
                return null;
            }
            var input = new Input { Title = template.Title, Version = template.Version };
            input.Fill(template.Section, template.NeitherConfirmNorDeny, template.HarmStatement, template.FactorsFavouringDisclosure,
                template.FactorsAgainstDisclosure, template.Balance);
            return new FormPage(id, input);
        }

        /// <summary>Saves a new or changed template, or refuses it with the problems beside the fields.</summary>
        public async Task<Outcome> SaveAsync(Guid? id, Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var template = id is { } existing
                ? await db.ExemptionTemplates.SingleOrDefaultAsync(t => t.Id == existing && t.RetiredAt == null, cancellationToken)
                : new ExemptionTemplate();
            if (template is null)
            {
                return new NotFound();
            }
            if (id is not null && template.Version != input.Version)
            {
                modelState.AddModelError(string.Empty, "Someone else changed this template after you opened it: open it again before changing it");
            }
            if (!input.Check(modelState))
            {
                db.ChangeTracker.Clear();
                return new Refused();
            }
            template.Title = input.Title!.Trim();
            template.Section = input.Section!;
            template.NeitherConfirmNorDeny = input.NeitherConfirmNorDeny;
            template.HarmStatement = ExemptionWording.Blank(input.HarmStatement);
            template.FactorsFavouringDisclosure = ExemptionWording.Blank(input.FactorsFavouringDisclosure);
            template.FactorsAgainstDisclosure = ExemptionWording.Blank(input.FactorsAgainstDisclosure);
            template.Balance = ExemptionWording.Blank(input.Balance);
            if (id is null)
            {
                db.ExemptionTemplates.Add(template);
            }
            else
            {
                db.Entry(template).Property(t => t.Version).OriginalValue = input.Version;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                modelState.AddModelError(string.Empty, "Someone else changed this template after you opened it: open it again before changing it");
                return new Refused();
            }
            return new Saved(template.Id);
        }
    }
}
