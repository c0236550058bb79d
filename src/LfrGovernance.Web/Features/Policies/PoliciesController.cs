using LfrGovernance.Core.Policies;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.PolicyDocuments;

/// <summary>Policy documents: list, view (with documents and history), create, edit; retire, reinstate and the purpose
/// form are shared (<see cref="RegisterRecordController{TRecord}"/>).</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("policies")]
public sealed class PoliciesController(PolicyDetails.Handler details, EditPolicy.Handler edit)
    : RegisterRecordController<PolicyDocument>
{
    protected override RecordKind<PolicyDocument> Kind => PolicyFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, PolicyKind? kind, bool pastReview,
        [FromServices] PolicyList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, kind, pastReview, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, PolicyKind? kind, bool pastReview,
        [FromServices] PolicyList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, kind, pastReview, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreatePolicy.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.PageAsync(new CreatePolicy.Input(), cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreatePolicy.Input input,
        [FromServices] CreatePolicy.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect(Kind.PathOf(id))
            : View(await handler.PageAsync(input, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditPolicy.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditPolicy.Saved => Redirect(Kind.PathOf(id)),
            EditPolicy.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    protected override async Task<object> DetailsPageAsync(RecordPage<PolicyDocument>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
