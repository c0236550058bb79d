using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Retention;

/// <summary>Retention rules by category of data: list (with the "figures out of date" warning), view, create, edit;
/// retire and reinstate are shared. Retained-image counts are under /retention/counts (<c>RetainedCountsController</c>).</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("retention")]
public sealed class RetentionController(RetentionRuleDetails.Handler details, EditRetentionRule.Handler edit)
    : RegisterRecordController<RetentionRule>
{
    protected override RecordKind<RetentionRule> Kind => RetentionFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] RetentionList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, [FromServices] RetentionList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreateRetentionRule.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(new CreateRetentionRule.Input(), cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateRetentionRule.Input input,
        [FromServices] CreateRetentionRule.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect(Kind.PathOf(id))
            : View(await handler.PageAsync(input, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditRetentionRule.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditRetentionRule.Saved => Redirect(Kind.PathOf(id)),
            EditRetentionRule.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    protected override async Task<object> DetailsPageAsync(RecordPage<RetentionRule>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
