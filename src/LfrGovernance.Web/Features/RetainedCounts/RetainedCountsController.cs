using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.RetainedCounts;

/// <summary>Retained-image counts (FOI question 2b): list (with the latest count of each category), view, create,
/// edit; retire, reinstate and the purpose form are shared (<see cref="RegisterRecordController{TRecord}"/>).</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("retention/counts")]
public sealed class RetainedCountsController(RetainedCountDetails.Handler details, EditRetainedCount.Handler edit)
    : RegisterRecordController<RetainedImageCount>
{
    protected override RecordKind<RetainedImageCount> Kind => RetainedCountFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, RetainedDataCategory? category,
        [FromServices] RetainedCountList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, category, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, RetainedDataCategory? category,
        [FromServices] RetainedCountList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, category, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public IActionResult Create() => View(new CreateRetainedCount.Page(new CreateRetainedCount.Input()));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateRetainedCount.Input input,
        [FromServices] CreateRetainedCount.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect(Kind.PathOf(id))
            : View(new CreateRetainedCount.Page(input));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditRetainedCount.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditRetainedCount.Saved => Redirect(Kind.PathOf(id)),
            EditRetainedCount.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    protected override async Task<object> DetailsPageAsync(RecordPage<RetainedImageCount>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
