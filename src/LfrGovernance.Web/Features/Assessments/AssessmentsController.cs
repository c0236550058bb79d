using LfrGovernance.Core.Assessments;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Impact assessments (DPIAs and the others on the same pattern): list, view (with risks, measures, what
/// it covers, versions and history), create, edit, start a new version, and add, change or remove their parts.</summary>
[Authorize(Policy = Policies.ReadRegister)]
[EditPolicy(Policies.EditRegister)]
[Route("assessments")]
public sealed class AssessmentsController(AssessmentDetails.Handler details, EditAssessment.Handler edit)
    : RegisterRecordController<Assessment>
{
    protected override RecordKind<Assessment> Kind => AssessmentFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ListQuery query, AssessmentKind? kind, AssessmentStatus? status, bool pastReview,
        [FromServices] AssessmentList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, new AssessmentList.Filters(kind, status, pastReview), RegisterAsAt.Read(Request), cancellationToken));

    /// <summary>Downloads what the list shows (its filters, every page) as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, [FromQuery] ListQuery query, AssessmentKind? kind, AssessmentStatus? status, bool pastReview,
        [FromServices] AssessmentList.Handler handler,
        CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(query, new AssessmentList.Filters(kind, status, pastReview), RegisterAsAt.Read(Request), ct), cancellationToken);

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreateAssessment.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(new CreateAssessment.Input(), cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateAssessment.Input input,
        [FromServices] CreateAssessment.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect($"/assessments/{id}")
            : View(await handler.LoadAsync(input, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditAssessment.Input input, CancellationToken cancellationToken) =>
        await edit.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditAssessment.Saved => Redirect($"/assessments/{id}"),
            EditAssessment.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/new-version")]
    public async Task<IActionResult> NewVersion(Guid id, [FromServices] StartNewVersion.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/new-version")]
    public async Task<IActionResult> NewVersion(Guid id, [Bind(Prefix = "Input")] StartNewVersion.Input input,
        [FromServices] StartNewVersion.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            StartNewVersion.Started started => Redirect($"/assessments/{started.Id}"),
            StartNewVersion.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/risks/new")]
    public async Task<IActionResult> AddRisk(Guid id, [FromServices] ChangeRisk.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, null, cancellationToken) is { } page ? View("Risk", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/risks/new")]
    public Task<IActionResult> AddRisk(Guid id, [Bind(Prefix = "Input")] ChangeRisk.Input input,
        [FromServices] ChangeRisk.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Risk", () => handler.HandleAsync(id, null, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/risks/{riskId:guid}")]
    public async Task<IActionResult> ChangeRisk(Guid id, Guid riskId, [FromServices] ChangeRisk.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, riskId, cancellationToken) is { } page ? View("Risk", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/risks/{riskId:guid}")]
    public Task<IActionResult> ChangeRisk(Guid id, Guid riskId, [Bind(Prefix = "Input")] ChangeRisk.Input input,
        [FromServices] ChangeRisk.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Risk", () => handler.HandleAsync(id, riskId, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/measures/new")]
    public async Task<IActionResult> AddMeasure(Guid id, [FromServices] ChangeMeasure.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, null, cancellationToken) is { } page ? View("Measure", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/measures/new")]
    public Task<IActionResult> AddMeasure(Guid id, [Bind(Prefix = "Input")] ChangeMeasure.Input input,
        [FromServices] ChangeMeasure.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Measure", () => handler.HandleAsync(id, null, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/measures/{measureId:guid}")]
    public async Task<IActionResult> ChangeMeasure(Guid id, Guid measureId, [FromServices] ChangeMeasure.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, measureId, cancellationToken) is { } page ? View("Measure", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/measures/{measureId:guid}")]
    public Task<IActionResult> ChangeMeasure(Guid id, Guid measureId, [Bind(Prefix = "Input")] ChangeMeasure.Input input,
        [FromServices] ChangeMeasure.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Measure", () => handler.HandleAsync(id, measureId, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/coverage/new")]
    public async Task<IActionResult> AddCoverage(Guid id, AssessedRecordType? type, [FromServices] AddCoverage.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, type, cancellationToken) is { } page ? View("Coverage", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/coverage/new")]
    public Task<IActionResult> AddCoverage(Guid id, [Bind(Prefix = "Input")] AddCoverage.Input input,
        [FromServices] AddCoverage.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Coverage", () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/{part:regex(^(risks|measures|coverage)$)}/{partId:guid}/retire")]
    public async Task<IActionResult> RetirePart(Guid id, string part, Guid partId, [FromServices] RetirePart.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, part, partId, cancellationToken) is { } page ? View("RetirePart", page) : NotFound();

    [ChangesRecord]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/{part:regex(^(risks|measures|coverage)$)}/{partId:guid}/retire")]
    public Task<IActionResult> RetirePart(Guid id, string part, Guid partId, [Bind(Prefix = "Input")] RetirePart.Input input,
        [FromServices] RetirePart.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "RetirePart", () => handler.HandleAsync(id, part, partId, input, ModelState, cancellationToken));

    protected override async Task<object> DetailsPageAsync(RecordPage<Assessment>.Found found, string? purpose, CancellationToken cancellationToken) =>
        await details.ShowAsync(found, SignedInUser(), purpose, cancellationToken);

    protected override async Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) =>
        await edit.LoadAsync(id, cancellationToken);
}
