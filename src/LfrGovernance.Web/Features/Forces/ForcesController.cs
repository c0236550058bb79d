using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Forces;

/// <summary>The police forces of the register, reference data an administrator keeps: list, view (with history),
/// create, edit, make default, retire, reinstate.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("forces")]
public sealed class ForcesController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool showRetired, [FromServices] ForceList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(showRetired, RegisterAsAt.Read(Request), cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] ForceDetails.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, RegisterAsAt.Read(Request), cancellationToken) is { } page ? View(page) : NotFound();

    [RequiresCurrentRegister]
    [HttpGet("new")]
    public IActionResult Create() => View(new CreateForce.Page(new CreateForce.Input()));

    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateForce.Input input,
        [FromServices] CreateForce.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? RedirectToAction(nameof(Details), new { id })
            : View(new CreateForce.Page(input));

    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [FromServices] EditForce.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditForce.Input input,
        [FromServices] EditForce.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditForce.Saved => RedirectToAction(nameof(Details), new { id }),
            EditForce.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/make-default")]
    public async Task<IActionResult> MakeDefault(Guid id, [FromServices] MakeDefaultForce.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/make-default")]
    public async Task<IActionResult> MakeDefault(Guid id, [Bind(Prefix = "Input")] MakeDefaultForce.Input input,
        [FromServices] MakeDefaultForce.Handler handler, CancellationToken cancellationToken) =>
        await SaveOrShowAgainAsync(id, () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, [FromServices] RetireForce.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, [Bind(Prefix = "Input")] RetireForce.Input input,
        [FromServices] RetireForce.Handler handler, CancellationToken cancellationToken) =>
        await SaveOrShowAgainAsync(id, () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/reinstate")]
    public async Task<IActionResult> Reinstate(Guid id, [FromServices] ReinstateForce.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/reinstate")]
    public async Task<IActionResult> Reinstate(Guid id, [Bind(Prefix = "Input")] ReinstateForce.Input input,
        [FromServices] ReinstateForce.Handler handler, CancellationToken cancellationToken) =>
        await SaveOrShowAgainAsync(id, () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    /// <summary>Goes to the record once the change is saved, shows the form again when the handler returns it,
    /// and answers 404 for an unknown id.</summary>
    private async Task<IActionResult> SaveOrShowAgainAsync<TPage>(Guid id, Func<Task<TPage?>> save) where TPage : class
    {
        try
        {
            return await save() is { } page ? View(page) : RedirectToAction(nameof(Details), new { id });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }
}
