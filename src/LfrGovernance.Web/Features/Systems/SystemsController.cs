using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Systems;

/// <summary>Facial recognition systems and their accuracy evaluations: list, view (with evaluations and history),
/// create, edit, retire, reinstate; add, change, retire and reinstate an evaluation from the system's page. The
/// record page, the purpose form, retire and reinstate are shared (<see cref="RegisterRecordController{TRecord}"/>).</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("systems")]
public sealed class SystemsController(SystemDetails.Handler details, EditSystem.Handler edit)
    : RegisterRecordController<FacialRecognitionSystem>
{
    protected override RecordKind<FacialRecognitionSystem> Kind => SystemFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, FacialRecognitionKind? kind, SystemStatus? status,
        [FromServices] SystemList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, kind, status, RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, FacialRecognitionKind? kind, SystemStatus? status,
        [FromServices] SystemList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, kind, status, RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreateSystem.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(new CreateSystem.Input(), cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateSystem.Input input,
        [FromServices] CreateSystem.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect(Kind.PathOf(id))
            : View(await handler.LoadAsync(input, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditSystem.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditSystem.Saved => Redirect(Kind.PathOf(id)),
            EditSystem.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/evaluations/new")]
    public async Task<IActionResult> AddEvaluation(Guid id, [FromServices] AddEvaluation.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/evaluations/new")]
    public async Task<IActionResult> AddEvaluation(Guid id, [Bind(Prefix = "Input")] AddEvaluation.Input input,
        [FromServices] AddEvaluation.Handler handler, CancellationToken cancellationToken) =>
        await ToParentOrShowAgainAsync(id, "evaluations", nameof(AddEvaluation), () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    /// <summary>An evaluation has no page of its own: it is shown on its system's page.</summary>
    [HttpGet("evaluations/{id:guid}")]
    public async Task<IActionResult> Evaluation(Guid id, [FromServices] EditEvaluation.Handler handler, CancellationToken cancellationToken) =>
        await handler.SystemOfAsync(id, cancellationToken) is { } systemId ? Redirect($"{Kind.PathOf(systemId)}#evaluations") : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("evaluations/{id:guid}/edit")]
    public async Task<IActionResult> EditEvaluation(Guid id, [FromServices] EditEvaluation.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("evaluations/{id:guid}/edit")]
    public async Task<IActionResult> EditEvaluation(Guid id, [Bind(Prefix = "Input")] EditEvaluation.Input input,
        [FromServices] EditEvaluation.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.SystemOfAsync(id, cancellationToken) is not { } systemId)
        {
            return NotFound();
        }
        return await ToParentOrShowAgainAsync(systemId, "evaluations", nameof(EditEvaluation), () => handler.HandleAsync(id, input, ModelState, cancellationToken));
    }

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("evaluations/{id:guid}/retire")]
    public Task<IActionResult> RetireEvaluation(Guid id, [FromServices] EditEvaluation.Handler evaluations,
        [FromServices] RetireRecord<AccuracyEvaluation>.Handler handler, CancellationToken cancellationToken) =>
        RetireRowPageAsync(EvaluationFields.Kind, id, evaluations.SystemOfAsync, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("evaluations/{id:guid}/retire")]
    public Task<IActionResult> RetireEvaluation(Guid id, [Bind(Prefix = "Input")] RetireRecord.Input input, [FromServices] EditEvaluation.Handler evaluations,
        [FromServices] RetireRecord<AccuracyEvaluation>.Handler handler, CancellationToken cancellationToken) =>
        RetireRowAsync(EvaluationFields.Kind, id, input, evaluations.SystemOfAsync, handler, "evaluations", cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("evaluations/{id:guid}/reinstate")]
    public Task<IActionResult> ReinstateEvaluation(Guid id, [FromServices] EditEvaluation.Handler evaluations,
        [FromServices] ReinstateRecord<AccuracyEvaluation>.Handler handler, CancellationToken cancellationToken) =>
        ReinstateRowPageAsync(EvaluationFields.Kind, id, evaluations.SystemOfAsync, handler, cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("evaluations/{id:guid}/reinstate")]
    public Task<IActionResult> ReinstateEvaluation(Guid id, [Bind(Prefix = "Input")] ReinstateRecord.Input input, [FromServices] EditEvaluation.Handler evaluations,
        [FromServices] ReinstateRecord<AccuracyEvaluation>.Handler handler, CancellationToken cancellationToken) =>
        ReinstateRowAsync(EvaluationFields.Kind, id, input, evaluations.SystemOfAsync, handler, "evaluations", cancellationToken);

    protected override async Task<object> DetailsPageAsync(RecordPage<FacialRecognitionSystem>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
