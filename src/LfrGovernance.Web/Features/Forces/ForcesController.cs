using LfrGovernance.Core.Forces;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>The police forces of the register, reference data an administrator keeps: list, view (with history),
/// create, edit, make default, retire, reinstate. Every page, reading included, is for administrators.</summary>
[Authorize(Policy = Policies.Administer)]
[EditPolicy(Policies.Administer)]
[Route("forces")]
public sealed class ForcesController(ForceDetails.Handler details, EditForce.Handler edit) : RegisterRecordController<Force>
{
    protected override RecordKind<Force> Kind => ForceFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] ForceList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, [FromServices] ForceList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public IActionResult Create() => View(new CreateForce.Page(new CreateForce.Input()));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateForce.Input input,
        [FromServices] CreateForce.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect(Kind.PathOf(id))
            : View(new CreateForce.Page(input));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditForce.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditForce.Saved => Redirect(Kind.PathOf(id)),
            EditForce.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/make-default")]
    public async Task<IActionResult> MakeDefault(Guid id, [FromServices] MakeDefaultForce.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/make-default")]
    public async Task<IActionResult> MakeDefault(Guid id, [Bind(Prefix = "Input")] MakeDefaultForce.Input input,
        [FromServices] MakeDefaultForce.Handler handler, CancellationToken cancellationToken) =>
        await SaveOrShowAgainAsync(id, nameof(MakeDefault), () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    protected override async Task<object> DetailsPageAsync(RecordPage<Force>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
