using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.People;

/// <summary>The people the register names, with the ranks they have held: list, view (with rank history and
/// history), create, edit, record a new rank, retire, reinstate.</summary>
[Authorize(Policy = Policies.ReadRegister)]
[Route("people")]
public sealed class PeopleController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool showRetired, [FromServices] PersonList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(showRetired, RegisterAsAt.Read(Request), cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] PersonDetails.Handler handler, CancellationToken cancellationToken)
    {
        var found = await handler.FindAsync(id, RegisterAsAt.Read(Request), cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        if (found.NeedsPurpose)
        {
            return View("Purpose", new PersonDetails.PurposePage(id, found.Person.Name, new PersonDetails.PurposeInput(), $"/people/{id}"));
        }
        return View(await handler.ShowAsync(found, SignedInUser(), null, cancellationToken));
    }

    /// <summary>The purpose form of a record whose marking asks why it is being viewed.</summary>
    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [Bind(Prefix = "Input")] PersonDetails.PurposeInput input,
        [FromServices] PersonDetails.Handler handler, CancellationToken cancellationToken)
    {
        var found = await handler.FindAsync(id, RegisterAsAt.Read(Request), cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        if (found.NeedsPurpose && !ModelState.IsValid)
        {
            return View("Purpose", new PersonDetails.PurposePage(id, found.Person.Name, input, $"/people/{id}"));
        }
        return View(await handler.ShowAsync(found, SignedInUser(), input.Purpose, cancellationToken));
    }

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public IActionResult Create() => View(new CreatePerson.Page(new CreatePerson.Input()));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreatePerson.Input input,
        [FromServices] CreatePerson.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? RedirectToAction(nameof(Details), new { id })
            : View(new CreatePerson.Page(input));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [FromServices] EditPerson.Handler handler,
        [FromServices] PersonDetails.Handler details, CancellationToken cancellationToken)
    {
        // The edit form shows the record's values, so a sensitive marking applies to it as to the record page.
        if (await details.FindAsync(id, null, cancellationToken) is not { } found || await handler.LoadAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (found.NeedsPurpose)
        {
            return View("Purpose", new PersonDetails.PurposePage(id, found.Person.Name, new PersonDetails.PurposeInput(), $"/people/{id}/edit/purpose"));
        }
        await details.LogViewAsync(found, SignedInUser(), "to change it", null, cancellationToken);
        return View(page);
    }

    /// <summary>The purpose form in front of the edit form of a record whose marking asks why it is being viewed.</summary>
    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit/purpose")]
    public async Task<IActionResult> EditPurpose(Guid id, [Bind(Prefix = "Input")] PersonDetails.PurposeInput input,
        [FromServices] EditPerson.Handler handler, [FromServices] PersonDetails.Handler details, CancellationToken cancellationToken)
    {
        if (await details.FindAsync(id, null, cancellationToken) is not { } found || await handler.LoadAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (found.NeedsPurpose && !ModelState.IsValid)
        {
            return View("Purpose", new PersonDetails.PurposePage(id, found.Person.Name, input, $"/people/{id}/edit/purpose"));
        }
        await details.LogViewAsync(found, SignedInUser(), "to change it", input.Purpose, cancellationToken);
        return View("Edit", page);
    }

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditPerson.Input input,
        [FromServices] EditPerson.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditPerson.Saved => RedirectToAction(nameof(Details), new { id }),
            EditPerson.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/rank")]
    public async Task<IActionResult> ChangeRank(Guid id, [FromServices] ChangeRank.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/rank")]
    public async Task<IActionResult> ChangeRank(Guid id, [Bind(Prefix = "Input")] ChangeRank.Input input,
        [FromServices] ChangeRank.Handler handler, CancellationToken cancellationToken) =>
        await SaveOrShowAgainAsync(id, () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, [FromServices] RetirePerson.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/retire")]
    public async Task<IActionResult> Retire(Guid id, [Bind(Prefix = "Input")] RetirePerson.Input input,
        [FromServices] RetirePerson.Handler handler, CancellationToken cancellationToken) =>
        await SaveOrShowAgainAsync(id, () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/reinstate")]
    public async Task<IActionResult> Reinstate(Guid id, [FromServices] ReinstatePerson.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/reinstate")]
    public async Task<IActionResult> Reinstate(Guid id, [Bind(Prefix = "Input")] ReinstatePerson.Input input,
        [FromServices] ReinstatePerson.Handler handler, CancellationToken cancellationToken) =>
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

    private CurrentUser SignedInUser() =>
        CurrentUser.From(User) ?? throw new InvalidOperationException("People pages need a signed-in user.");
}
