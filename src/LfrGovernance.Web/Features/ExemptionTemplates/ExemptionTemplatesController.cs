using LfrGovernance.Core.Foi;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static LfrGovernance.Web.Features.ExemptionTemplates.ExemptionTemplateWork;

namespace LfrGovernance.Web.Features.ExemptionTemplates;

/// <summary>The FOI team's reusable exemption wording: list, view (with history), add, change, retire, reinstate.</summary>
[Authorize(Policy = Policies.AnswerFoi)]
[EditPolicy(Policies.AnswerFoi)]
[Route("foi/exemption-templates")]
public sealed class ExemptionTemplatesController(Handler templates, RecordPage<ExemptionTemplate>.Handler records) : RegisterRecordController<ExemptionTemplate>
{
    protected override RecordKind<ExemptionTemplate> Kind => TemplateFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index(bool showRetired, CancellationToken cancellationToken) =>
        View(await templates.ListAsync(showRetired, cancellationToken));

    /// <summary>Downloads the templates the list shows as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, bool showRetired, CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => templates.ExportAsync(showRetired, ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public IActionResult Create() => View("Form", new FormPage(null, new Input()));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public Task<IActionResult> Create([Bind(Prefix = "Input")] Input input, CancellationToken cancellationToken) => SaveAsync(null, input, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] Input input, CancellationToken cancellationToken) => SaveAsync(id, input, cancellationToken);

    protected override async Task<object> DetailsPageAsync(RecordPage<ExemptionTemplate>.Found found, string? purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new DetailsPage(found.Record, await records.TimelineAsync(Kind, found, cancellationToken), found.AsAtUtc);
    }

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await templates.EditPageAsync(id, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid? id, Input input, CancellationToken cancellationToken) =>
        await templates.SaveAsync(id, input, ModelState, cancellationToken) switch
        {
            Saved saved => Redirect(Kind.PathOf(saved.Id)),
            Refused => View("Form", new FormPage(id, input)),
            _ => NotFound(),
        };
}
