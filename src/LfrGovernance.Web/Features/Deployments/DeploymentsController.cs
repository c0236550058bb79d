using LfrGovernance.Core.Authorisation;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>Deployments: list, record (with its watchlist categories and alert rows), create, edit, and the rows'
/// own small forms.</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("deployments")]
public sealed class DeploymentsController(DeploymentDetails.Handler details, EditDeployment.Handler edit, IAuthorizationService authorization)
    : RegisterRecordController<Deployment>
{
    protected override RecordKind<Deployment> Kind => DeploymentFields.Kind;

    protected override async Task<object> DetailsPageAsync(RecordPage<Deployment>.Found found, string? purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(found);
        return await details.ShowAsync(found.Record, found.Marking, found.AsAtUtc, SignedInUser(), purpose, cancellationToken);
    }

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromQuery] DeploymentList.Filters filters,
        [FromServices] DeploymentList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, filters, ModelState, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, [FromQuery] DeploymentList.Filters filters,
        [FromServices] DeploymentList.Handler handler, CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath,
            ct => handler.ExportAsync(query, filters, ModelState, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreateDeployment.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.NewAsync(cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateDeployment.Input input,
        [FromServices] CreateDeployment.Handler handler, CancellationToken cancellationToken)
    {
        var (id, page) = await handler.HandleAsync(input, SignedInUser(), ModelState, cancellationToken);
        return id is { } saved ? Redirect($"/deployments/{saved}") : View(page);
    }

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditDeployment.Input input,
        CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, SignedInUser(), ModelState, cancellationToken) switch
        {
            EditDeployment.Saved => Redirect($"/deployments/{id}"),
            EditDeployment.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/{move:regex(^(submit|start|complete|review)$)}")]
    public Task<IActionResult> Move(Guid id, string move, [FromServices] RecordPage<Deployment>.Handler records,
        [FromServices] MoveDeployment.Handler handler, CancellationToken cancellationToken) =>
        MovePageAsync(id, move, null, records, handler, cancellationToken);

    /// <summary>The purpose form in front of a move's page, for a deployment whose marking asks why it is viewed.</summary>
    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/{move:regex(^(submit|start|complete|review)$)}/purpose")]
    public Task<IActionResult> MovePurpose(Guid id, string move, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<Deployment>.Handler records, [FromServices] MoveDeployment.Handler handler, CancellationToken cancellationToken) =>
        MovePageAsync(id, move, input, records, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/{move:regex(^(submit|start|complete|review)$)}")]
    public async Task<IActionResult> Move(Guid id, string move, [Bind(Prefix = "Input")] MoveDeployment.Input input,
        [FromServices] MoveDeployment.Handler handler, CancellationToken cancellationToken) =>
        MovedOrShownAgain(id, await handler.HandleAsync(id, MoveDeployment.ByName[move], input, await MoverAsync(), ModelState, cancellationToken));

    /// <summary>Cancelling has its own policy: an authorising officer may stop an authorised or live deployment.</summary>
    [Authorize(Policy = Policies.CancelDeployments)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/cancel")]
    public Task<IActionResult> Cancel(Guid id, [FromServices] RecordPage<Deployment>.Handler records,
        [FromServices] MoveDeployment.Handler handler, CancellationToken cancellationToken) =>
        MovePageAsync(id, "cancel", null, records, handler, cancellationToken);

    [Authorize(Policy = Policies.CancelDeployments)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/cancel/purpose")]
    public Task<IActionResult> CancelPurpose(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<Deployment>.Handler records, [FromServices] MoveDeployment.Handler handler, CancellationToken cancellationToken) =>
        MovePageAsync(id, "cancel", input, records, handler, cancellationToken);

    [Authorize(Policy = Policies.CancelDeployments)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, [Bind(Prefix = "Input")] MoveDeployment.Input input,
        [FromServices] MoveDeployment.Handler handler, CancellationToken cancellationToken) =>
        MovedOrShownAgain(id, await handler.HandleAsync(id, DeploymentTransition.Cancel, input, await MoverAsync(), ModelState, cancellationToken));

    // A move's page shows the deployment's values, so its marking applies as on the deployment's own page.
    private Task<IActionResult> MovePageAsync(Guid id, string move, RecordPage.PurposeInput? input, RecordPage<Deployment>.Handler records,
        MoveDeployment.Handler handler, CancellationToken cancellationToken)
    {
        var transition = MoveDeployment.ByName[move];
        return FormPageAsync(records, id, input, $"/deployments/{id}/{move}", "to " + MoveDeployment.ActionName(transition).ToLowerInvariant(),
            async () => await handler.LoadAsync(id, transition, cancellationToken), "Move", cancellationToken);
    }

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/decisions/record")]
    public Task<IActionResult> RecordDecision(Guid id, [FromServices] RecordPage<Deployment>.Handler records,
        [FromServices] Authorisation.RecordDecision.Handler handler, CancellationToken cancellationToken) =>
        RecordDecisionPageAsync(id, null, records, handler, cancellationToken);

    /// <summary>The purpose form in front of the form recording a decision, when the deployment's marking asks.</summary>
    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/decisions/record/purpose")]
    public Task<IActionResult> RecordDecisionPurpose(Guid id, [Bind(Prefix = "Input")] RecordPage.PurposeInput input,
        [FromServices] RecordPage<Deployment>.Handler records, [FromServices] Authorisation.RecordDecision.Handler handler,
        CancellationToken cancellationToken) =>
        RecordDecisionPageAsync(id, input, records, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/decisions/record")]
    public async Task<IActionResult> RecordDecision(Guid id, [Bind(Prefix = "Input")] Authorisation.RecordDecision.Input input,
        [FromServices] Authorisation.RecordDecision.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(DecisionSubject.Deployment, id, input, SignedInUser(), ModelState, cancellationToken) switch
        {
            Authorisation.RecordDecision.Recorded => Redirect($"/deployments/{id}#decisions"),
            Authorisation.RecordDecision.Refused refused => View(Authorisation.RecordDecision.View, refused.Page),
            _ => NotFound(),
        };

    private Task<IActionResult> RecordDecisionPageAsync(Guid id, RecordPage.PurposeInput? input, RecordPage<Deployment>.Handler records,
        Authorisation.RecordDecision.Handler handler, CancellationToken cancellationToken) =>
        FormPageAsync(records, id, input, $"/deployments/{id}/decisions/record", "to record a decision on it",
            async () => await handler.LoadAsync(DecisionSubject.Deployment, id, cancellationToken), Authorisation.RecordDecision.View, cancellationToken);

    private IActionResult MovedOrShownAgain(Guid id, MoveDeployment.Outcome outcome) => outcome switch
    {
        MoveDeployment.Moved => Redirect($"/deployments/{id}"),
        MoveDeployment.Refused refused => View("Move", refused.Page),
        _ => NotFound(),
    };

    private async Task<MoveDeployment.Mover> MoverAsync() => new(SignedInUser(),
        (await authorization.AuthorizeAsync(User, Policies.EditRegister)).Succeeded,
        (await authorization.AuthorizeAsync(User, Policies.Authorise)).Succeeded);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/watchlist/new")]
    public async Task<IActionResult> AddCategory(Guid id, [FromServices] SaveWatchlistCategory.Handler handler, CancellationToken cancellationToken) =>
        await handler.NewAsync(id, cancellationToken) is { } page ? View("WatchlistCategory", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/watchlist/new")]
    public Task<IActionResult> AddCategory(Guid id, [Bind(Prefix = "Input")] SaveWatchlistCategory.Input input,
        [FromServices] SaveWatchlistCategory.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "WatchlistCategory", () => handler.HandleAsync(id, null, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/watchlist/{categoryId:guid}")]
    public async Task<IActionResult> ChangeCategory(Guid id, Guid categoryId, [FromServices] SaveWatchlistCategory.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, categoryId, cancellationToken) is { } page ? View("WatchlistCategory", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/watchlist/{categoryId:guid}")]
    public Task<IActionResult> ChangeCategory(Guid id, Guid categoryId, [Bind(Prefix = "Input")] SaveWatchlistCategory.Input input,
        [FromServices] SaveWatchlistCategory.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "WatchlistCategory", () => handler.HandleAsync(id, categoryId, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/watchlist/{categoryId:guid}/retire")]
    public async Task<IActionResult> RetireCategory(Guid id, Guid categoryId, [FromServices] RetireDeploymentRow.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadCategoryAsync(id, categoryId, cancellationToken) is { } page ? View("RetireRow", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/watchlist/{categoryId:guid}/retire")]
    public Task<IActionResult> RetireCategory(Guid id, Guid categoryId, [Bind(Prefix = "Input")] RetireDeploymentRow.Input input,
        [FromServices] RetireDeploymentRow.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "RetireRow", () => handler.RetireCategoryAsync(id, categoryId, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/alerts/new")]
    public async Task<IActionResult> AddAlert(Guid id, [FromServices] SaveAlert.Handler handler, CancellationToken cancellationToken) =>
        await handler.NewAsync(id, cancellationToken) is { } page ? View("Alert", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/alerts/new")]
    public Task<IActionResult> AddAlert(Guid id, [Bind(Prefix = "Input")] SaveAlert.Input input,
        [FromServices] SaveAlert.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Alert", () => handler.HandleAsync(id, null, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/alerts/{alertId:guid}")]
    public async Task<IActionResult> ChangeAlert(Guid id, Guid alertId, [FromServices] SaveAlert.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, alertId, cancellationToken) is { } page ? View("Alert", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/alerts/{alertId:guid}")]
    public Task<IActionResult> ChangeAlert(Guid id, Guid alertId, [Bind(Prefix = "Input")] SaveAlert.Input input,
        [FromServices] SaveAlert.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Alert", () => handler.HandleAsync(id, alertId, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/alerts/{alertId:guid}/retire")]
    public async Task<IActionResult> RetireAlert(Guid id, Guid alertId, [FromServices] RetireDeploymentRow.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAlertAsync(id, alertId, cancellationToken) is { } page ? View("RetireRow", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/alerts/{alertId:guid}/retire")]
    public Task<IActionResult> RetireAlert(Guid id, Guid alertId, [Bind(Prefix = "Input")] RetireDeploymentRow.Input input,
        [FromServices] RetireDeploymentRow.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "RetireRow", () => handler.RetireAlertAsync(id, alertId, input, ModelState, cancellationToken));
}
