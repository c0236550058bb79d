using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Collaborations;
using LfrGovernance.Web.Features.Authorisation;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
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
public sealed class CollaborationsController(CollaborationDetails.Handler details, EditCollaboration.Handler edit, IAuthorizationService authorization)
    : RegisterRecordController<Collaboration>
{
    protected override RecordKind<Collaboration> Kind => CollaborationFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, CollaborationStatus? status, [FromQuery] CollaborationManner[]? manner,
        [FromServices] CollaborationList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, status, manner, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, CollaborationStatus? status, [FromQuery] CollaborationManner[]? manner,
        [FromServices] CollaborationList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, status, manner, RegisterAsAt.Read(Request), ct), cancellationToken);

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

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/ask-for-decision")]
    public Task<IActionResult> AskForDecision(Guid id, [FromServices] RecordPage<Collaboration>.Handler records,
        [FromServices] AskForDecision.Handler handler, CancellationToken cancellationToken) =>
        AskForDecisionPageAsync(id, null, records, handler, cancellationToken);

    /// <summary>The purpose form in front of the request for a decision, when the collaboration's marking asks.</summary>
    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/ask-for-decision/purpose")]
    public Task<IActionResult> AskForDecisionPurpose(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<Collaboration>.Handler records, [FromServices] AskForDecision.Handler handler, CancellationToken cancellationToken) =>
        AskForDecisionPageAsync(id, input, records, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/ask-for-decision")]
    public async Task<IActionResult> AskForDecision(Guid id, [Bind(Prefix = "Input")] AskForDecision.Input input,
        [FromServices] AskForDecision.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, input, SignedInUser(), ModelState, cancellationToken) switch
        {
            Collaborations.AskForDecision.Asked => Redirect($"{Kind.PathOf(id)}#decisions"),
            Collaborations.AskForDecision.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [Authorize(Policy = Policies.Authorise)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/decide")]
    public Task<IActionResult> Decide(Guid id, [FromServices] RecordPage<Collaboration>.Handler records,
        [FromServices] DecideOnCollaboration.Handler handler, CancellationToken cancellationToken) =>
        DecidePageAsync(id, null, records, handler, cancellationToken);

    /// <summary>The purpose form in front of the decision page, when the collaboration's marking asks.</summary>
    [Authorize(Policy = Policies.Authorise)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/decide/purpose")]
    public Task<IActionResult> DecidePurpose(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<Collaboration>.Handler records, [FromServices] DecideOnCollaboration.Handler handler, CancellationToken cancellationToken) =>
        DecidePageAsync(id, input, records, handler, cancellationToken);

    [Authorize(Policy = Policies.Authorise)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/decide")]
    public async Task<IActionResult> Decide(Guid id, [Bind(Prefix = "Input")] DecideOnCollaboration.Input input,
        [FromServices] DecideOnCollaboration.Handler handler, CancellationToken cancellationToken)
    {
        // The policy lets only authorising officers in; the rules are told so rather than assuming it.
        var isAuthorisingOfficer = (await authorization.AuthorizeAsync(User, Policies.Authorise)).Succeeded;
        return await handler.HandleAsync(id, input, SignedInUser(), isAuthorisingOfficer, ModelState, cancellationToken) switch
        {
            DecideOnCollaboration.Decided => Redirect($"{Kind.PathOf(id)}#decisions"),
            DecideOnCollaboration.Refused refused => View(DecideView, refused.Page),
            _ => NotFound(),
        };
    }

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/decisions/record")]
    public Task<IActionResult> RecordDecision(Guid id, [FromServices] RecordPage<Collaboration>.Handler records,
        [FromServices] RecordDecision.Handler handler, CancellationToken cancellationToken) =>
        RecordDecisionPageAsync(id, null, records, handler, cancellationToken);

    /// <summary>The purpose form in front of the form recording a decision, when the collaboration's marking asks.</summary>
    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/decisions/record/purpose")]
    public Task<IActionResult> RecordDecisionPurpose(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<Collaboration>.Handler records, [FromServices] RecordDecision.Handler handler, CancellationToken cancellationToken) =>
        RecordDecisionPageAsync(id, input, records, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/decisions/record")]
    public async Task<IActionResult> RecordDecision(Guid id, [Bind(Prefix = "Input")] RecordDecision.Input input,
        [FromServices] RecordDecision.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(DecisionSubject.Collaboration, id, input, SignedInUser(), ModelState, cancellationToken) switch
        {
            Authorisation.RecordDecision.Recorded => Redirect($"{Kind.PathOf(id)}#decisions"),
            Authorisation.RecordDecision.Refused refused => View(Authorisation.RecordDecision.View, refused.Page),
            _ => NotFound(),
        };

    private const string DecideView = "~/Features/Authorisation/DecideCollaboration.cshtml";

    private Task<IActionResult> AskForDecisionPageAsync(Guid id, RecordPage.PurposeInput? input, RecordPage<Collaboration>.Handler records,
        AskForDecision.Handler handler, CancellationToken cancellationToken) =>
        FormPageAsync(records, id, input, $"{Kind.PathOf(id)}/ask-for-decision", "to ask for a decision on it",
            async () => await handler.LoadAsync(id, cancellationToken), nameof(AskForDecision), cancellationToken);

    private Task<IActionResult> DecidePageAsync(Guid id, RecordPage.PurposeInput? input, RecordPage<Collaboration>.Handler records,
        DecideOnCollaboration.Handler handler, CancellationToken cancellationToken) =>
        FormPageAsync(records, id, input, $"{Kind.PathOf(id)}/decide", "to decide on it",
            async () => await handler.LoadAsync(id, SignedInUser(), cancellationToken), DecideView, cancellationToken);

    private Task<IActionResult> RecordDecisionPageAsync(Guid id, RecordPage.PurposeInput? input, RecordPage<Collaboration>.Handler records,
        RecordDecision.Handler handler, CancellationToken cancellationToken) =>
        FormPageAsync(records, id, input, $"{Kind.PathOf(id)}/decisions/record", "to record a decision on it",
            async () => await handler.LoadAsync(DecisionSubject.Collaboration, id, cancellationToken), Authorisation.RecordDecision.View, cancellationToken);

    protected override async Task<object> DetailsPageAsync(RecordPage<Collaboration>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
