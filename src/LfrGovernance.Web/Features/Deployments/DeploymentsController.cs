using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.Deployments;

/// <summary>Deployments: list, record (with its watchlist categories and alert rows), create, edit, and the rows'
/// own small forms.</summary>
[Authorize(Policy = Policies.ReadRegister)]
[Route("deployments")]
public sealed class DeploymentsController : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] GovernanceDbContext db, [FromServices] DeploymentDetails.Handler details,
        CancellationToken cancellationToken)
    {
        var asAt = RegisterAsAt.Read(Request);
        var current = await db.Deployments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var shown = current is null || asAt is not { } instant ? current : await RegisterAsOf.RecordAsync<Deployment>(db, id, instant, cancellationToken);
        if (current is null || shown is null)
        {
            return NotFound();
        }
        return View(await details.ShowAsync(shown, current.Marking, asAt, SignedInUser(), null, cancellationToken));
    }

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreateDeployment.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.NewAsync(cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateDeployment.Input input,
        [FromServices] CreateDeployment.Handler handler, CancellationToken cancellationToken)
    {
        var (id, page) = await handler.HandleAsync(input, ModelState, cancellationToken);
        return id is { } saved ? Redirect($"/deployments/{saved}") : View(page);
    }

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [FromServices] EditDeployment.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditDeployment.Input input,
        [FromServices] EditDeployment.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditDeployment.Saved => Redirect($"/deployments/{id}"),
            EditDeployment.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/watchlist/new")]
    public async Task<IActionResult> AddCategory(Guid id, [FromServices] SaveWatchlistCategory.Handler handler, CancellationToken cancellationToken) =>
        await handler.NewAsync(id, cancellationToken) is { } page ? View("WatchlistCategory", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/watchlist/new")]
    public Task<IActionResult> AddCategory(Guid id, [Bind(Prefix = "Input")] SaveWatchlistCategory.Input input,
        [FromServices] SaveWatchlistCategory.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "WatchlistCategory", () => handler.HandleAsync(id, null, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/watchlist/{categoryId:guid}")]
    public async Task<IActionResult> ChangeCategory(Guid id, Guid categoryId, [FromServices] SaveWatchlistCategory.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, categoryId, cancellationToken) is { } page ? View("WatchlistCategory", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/watchlist/{categoryId:guid}")]
    public Task<IActionResult> ChangeCategory(Guid id, Guid categoryId, [Bind(Prefix = "Input")] SaveWatchlistCategory.Input input,
        [FromServices] SaveWatchlistCategory.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "WatchlistCategory", () => handler.HandleAsync(id, categoryId, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/watchlist/{categoryId:guid}/retire")]
    public async Task<IActionResult> RetireCategory(Guid id, Guid categoryId, [FromServices] RetireDeploymentRow.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadCategoryAsync(id, categoryId, cancellationToken) is { } page ? View("RetireRow", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/watchlist/{categoryId:guid}/retire")]
    public Task<IActionResult> RetireCategory(Guid id, Guid categoryId, [Bind(Prefix = "Input")] RetireDeploymentRow.Input input,
        [FromServices] RetireDeploymentRow.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "RetireRow", () => handler.RetireCategoryAsync(id, categoryId, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/alerts/new")]
    public async Task<IActionResult> AddAlert(Guid id, [FromServices] SaveAlert.Handler handler, CancellationToken cancellationToken) =>
        await handler.NewAsync(id, cancellationToken) is { } page ? View("Alert", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/alerts/new")]
    public Task<IActionResult> AddAlert(Guid id, [Bind(Prefix = "Input")] SaveAlert.Input input,
        [FromServices] SaveAlert.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Alert", () => handler.HandleAsync(id, null, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/alerts/{alertId:guid}")]
    public async Task<IActionResult> ChangeAlert(Guid id, Guid alertId, [FromServices] SaveAlert.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, alertId, cancellationToken) is { } page ? View("Alert", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/alerts/{alertId:guid}")]
    public Task<IActionResult> ChangeAlert(Guid id, Guid alertId, [Bind(Prefix = "Input")] SaveAlert.Input input,
        [FromServices] SaveAlert.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Alert", () => handler.HandleAsync(id, alertId, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/alerts/{alertId:guid}/retire")]
    public async Task<IActionResult> RetireAlert(Guid id, Guid alertId, [FromServices] RetireDeploymentRow.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAlertAsync(id, alertId, cancellationToken) is { } page ? View("RetireRow", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/alerts/{alertId:guid}/retire")]
    public Task<IActionResult> RetireAlert(Guid id, Guid alertId, [Bind(Prefix = "Input")] RetireDeploymentRow.Input input,
        [FromServices] RetireDeploymentRow.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "RetireRow", () => handler.RetireAlertAsync(id, alertId, input, ModelState, cancellationToken));

    /// <summary>Goes to the deployment once the change is saved, shows the form again when the handler returns it,
    /// and answers 404 for an unknown deployment or row.</summary>
    private async Task<IActionResult> SaveOrShowAgainAsync<TPage>(Guid id, string view, Func<Task<TPage?>> save) where TPage : class
    {
        try
        {
            return await save() is { } page ? View(view, page) : Redirect($"/deployments/{id}");
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    private CurrentUser SignedInUser() =>
        CurrentUser.From(User) ?? throw new InvalidOperationException("Deployment pages need a signed-in user.");
}
