using LfrGovernance.Core.People;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.People;

/// <summary>The people the register names, with the ranks they have held: list, view (with rank history and
/// history), create, edit, record a new rank, retire, reinstate. The record page, the purpose form, retire and
/// reinstate are shared (<see cref="RegisterRecordController{TRecord}"/>).</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("people")]
public sealed class PeopleController(PersonDetails.Handler details, EditPerson.Handler edit) : RegisterRecordController<Person>
{
    protected override RecordKind<Person> Kind => PersonFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, [FromServices] PersonList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, [FromServices] PersonList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public IActionResult Create() => View(new CreatePerson.Page(new CreatePerson.Input()));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreatePerson.Input input,
        [FromServices] CreatePerson.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect(Kind.PathOf(id))
            : View(new CreatePerson.Page(input));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditPerson.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditPerson.Saved => Redirect(Kind.PathOf(id)),
            EditPerson.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/rank")]
    public async Task<IActionResult> ChangeRank(Guid id, [FromServices] ChangeRank.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/rank")]
    public async Task<IActionResult> ChangeRank(Guid id, [Bind(Prefix = "Input")] ChangeRank.Input input,
        [FromServices] ChangeRank.Handler handler, CancellationToken cancellationToken) =>
        await SaveOrShowAgainAsync(id, nameof(ChangeRank), () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    /// <summary>A person is found with their ranks, as held then when the register is viewed as at a past instant.</summary>
    protected override Task<RecordPage<Person>.Found?> FindAsync(RecordPage<Person>.Handler records, Guid id, DateTime? asAtUtc,
        CancellationToken cancellationToken) =>
        details.FindAsync(id, asAtUtc, cancellationToken);

    protected override async Task<object> DetailsPageAsync(RecordPage<Person>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
