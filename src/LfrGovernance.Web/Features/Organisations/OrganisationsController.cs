using LfrGovernance.Core.Organisations;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Organisations;

/// <summary>The organisations the force works with: list, view (with history), create, edit, retire, reinstate.
/// The record page, the purpose form, retire and reinstate are shared (<see cref="RegisterRecordController{TRecord}"/>).</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("organisations")]
public sealed class OrganisationsController(OrganisationDetails.Handler details, EditOrganisation.Handler edit)
    : RegisterRecordController<Organisation>
{
    protected override RecordKind<Organisation> Kind => OrganisationFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, OrganisationKind? kind, [FromServices] OrganisationList.Handler handler,
        CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, kind, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, OrganisationKind? kind, [FromServices] OrganisationList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, kind, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public IActionResult Create() => View(new CreateOrganisation.Page(new CreateOrganisation.Input()));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateOrganisation.Input input,
        [FromServices] CreateOrganisation.Handler handler, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(new CreateOrganisation.Page(input));
        }
        var id = await handler.HandleAsync(input, cancellationToken);
        return Redirect(Kind.PathOf(id));
    }

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditOrganisation.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditOrganisation.Saved => Redirect(Kind.PathOf(id)),
            EditOrganisation.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    protected override async Task<object> DetailsPageAsync(RecordPage<Organisation>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
