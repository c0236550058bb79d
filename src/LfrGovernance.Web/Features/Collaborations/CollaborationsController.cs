using LfrGovernance.Core.Collaborations;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Collaborations;

/// <summary>Collaborations with outside organisations and the images shared within them: list, view (with image
/// sharings and history), create, edit, retire, reinstate; add, change, retire and reinstate a sharing from the
/// collaboration's page. The
/// record page, the purpose form, retire and reinstate are shared (<see cref="RegisterRecordController{TRecord}"/>).</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("collaborations")]
public sealed class CollaborationsController(CollaborationDetails.Handler details, EditCollaboration.Handler edit)
    : RegisterRecordController<Collaboration>
{
    protected override RecordKind<Collaboration> Kind => CollaborationFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, CollaborationStatus? status, [FromQuery] CollaborationManner[]? manner,
        [FromServices] CollaborationList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, status, manner, RegisterAsAt.Read(Request), cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreateCollaboration.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(new CreateCollaboration.Input(), cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateCollaboration.Input input,
        [FromServices] CreateCollaboration.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect(Kind.PathOf(id))
            : View(await handler.LoadAsync(input, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditCollaboration.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditCollaboration.Saved => Redirect(Kind.PathOf(id)),
            EditCollaboration.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/sharings/new")]
    public async Task<IActionResult> AddSharing(Guid id, [FromServices] AddSharing.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/sharings/new")]
    public async Task<IActionResult> AddSharing(Guid id, [Bind(Prefix = "Input")] AddSharing.Input input,
        [FromServices] AddSharing.Handler handler, CancellationToken cancellationToken) =>
        await ToParentOrShowAgainAsync(id, "sharings", nameof(AddSharing), () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    /// <summary>A sharing has no page of its own: it is shown on its collaboration's page.</summary>
    [HttpGet("sharings/{id:guid}")]
    public async Task<IActionResult> Sharing(Guid id, [FromServices] EditSharing.Handler handler, CancellationToken cancellationToken) =>
        await handler.CollaborationOfAsync(id, cancellationToken) is { } collaborationId ? Redirect($"{Kind.PathOf(collaborationId)}#sharings") : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("sharings/{id:guid}/edit")]
    public async Task<IActionResult> EditSharing(Guid id, [FromServices] EditSharing.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("sharings/{id:guid}/edit")]
    public async Task<IActionResult> EditSharing(Guid id, [Bind(Prefix = "Input")] EditSharing.Input input,
        [FromServices] EditSharing.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.CollaborationOfAsync(id, cancellationToken) is not { } collaborationId)
        {
            return NotFound();
        }
        return await ToParentOrShowAgainAsync(collaborationId, "sharings", nameof(EditSharing), () => handler.HandleAsync(id, input, ModelState, cancellationToken));
    }

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("sharings/{id:guid}/retire")]
    public Task<IActionResult> RetireSharing(Guid id, [FromServices] EditSharing.Handler sharings,
        [FromServices] RetireRecord<ImageSharing>.Handler handler, CancellationToken cancellationToken) =>
        RetireRowPageAsync(SharingFields.Kind, id, sharings.CollaborationOfAsync, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("sharings/{id:guid}/retire")]
    public Task<IActionResult> RetireSharing(Guid id, [Bind(Prefix = "Input")] RetireRecord.Input input, [FromServices] EditSharing.Handler sharings,
        [FromServices] RetireRecord<ImageSharing>.Handler handler, CancellationToken cancellationToken) =>
        RetireRowAsync(SharingFields.Kind, id, input, sharings.CollaborationOfAsync, handler, "sharings", cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("sharings/{id:guid}/reinstate")]
    public Task<IActionResult> ReinstateSharing(Guid id, [FromServices] EditSharing.Handler sharings,
        [FromServices] ReinstateRecord<ImageSharing>.Handler handler, CancellationToken cancellationToken) =>
        ReinstateRowPageAsync(SharingFields.Kind, id, sharings.CollaborationOfAsync, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("sharings/{id:guid}/reinstate")]
    public Task<IActionResult> ReinstateSharing(Guid id, [Bind(Prefix = "Input")] ReinstateRecord.Input input, [FromServices] EditSharing.Handler sharings,
        [FromServices] ReinstateRecord<ImageSharing>.Handler handler, CancellationToken cancellationToken) =>
        ReinstateRowAsync(SharingFields.Kind, id, input, sharings.CollaborationOfAsync, handler, "sharings", cancellationToken);

    protected override async Task<object> DetailsPageAsync(RecordPage<Collaboration>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
