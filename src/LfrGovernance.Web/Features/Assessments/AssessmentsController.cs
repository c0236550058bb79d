using LfrGovernance.Core.Assessments;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.Assessments;

/// <summary>Impact assessments (DPIAs and the others on the same pattern): list, view (with risks, measures, what
/// it covers, versions and history), create, edit, start a new version, and add, change or remove their parts.</summary>
[Authorize(Policy = Policies.ReadRegister)]
[Route("assessments")]
public sealed class AssessmentsController : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [FromServices] AssessmentDetails.Handler handler, CancellationToken cancellationToken)
    {
        var found = await handler.FindAsync(id, RegisterAsAt.Read(Request), cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        if (found.NeedsPurpose)
        {
            return View("Purpose", new AssessmentPurpose.Page(id, EditAssessment.NameOf(found.Assessment), new AssessmentPurpose.Input(), $"/assessments/{id}"));
        }
        return View(await handler.ShowAsync(found, SignedInUser(), null, cancellationToken));
    }

    /// <summary>The purpose form of a record whose marking asks why it is being viewed.</summary>
    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, [Bind(Prefix = "Input")] AssessmentPurpose.Input input,
        [FromServices] AssessmentDetails.Handler handler, CancellationToken cancellationToken)
    {
        var found = await handler.FindAsync(id, RegisterAsAt.Read(Request), cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        if (found.NeedsPurpose && !ModelState.IsValid)
        {
            return View("Purpose", new AssessmentPurpose.Page(id, EditAssessment.NameOf(found.Assessment), input, $"/assessments/{id}"));
        }
        return View(await handler.ShowAsync(found, SignedInUser(), input.Purpose, cancellationToken));
    }

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] CreateAssessment.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(new CreateAssessment.Input(), cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CreateAssessment.Input input,
        [FromServices] CreateAssessment.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(input, ModelState, cancellationToken) is { } id
            ? Redirect($"/assessments/{id}")
            : View(await handler.LoadAsync(input, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [FromServices] EditAssessment.Handler handler,
        [FromServices] AssessmentDetails.Handler details, CancellationToken cancellationToken)
    {
        // The edit form shows the record's values, so a sensitive marking applies to it as to the record page.
        if (await details.FindAsync(id, null, cancellationToken) is not { } found || await handler.LoadAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (found.NeedsPurpose)
        {
            return View("Purpose", new AssessmentPurpose.Page(id, page.CurrentName, new AssessmentPurpose.Input(), $"/assessments/{id}/edit/purpose"));
        }
        await details.LogViewAsync(found, SignedInUser(), "to change it", null, cancellationToken);
        return View(page);
    }

    /// <summary>The purpose form in front of the edit form of a record whose marking asks why it is being viewed.</summary>
    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit/purpose")]
    public async Task<IActionResult> EditPurpose(Guid id, [Bind(Prefix = "Input")] AssessmentPurpose.Input input,
        [FromServices] EditAssessment.Handler handler, [FromServices] AssessmentDetails.Handler details, CancellationToken cancellationToken)
    {
        if (await details.FindAsync(id, null, cancellationToken) is not { } found || await handler.LoadAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (found.NeedsPurpose && !ModelState.IsValid)
        {
            return View("Purpose", new AssessmentPurpose.Page(id, page.CurrentName, input, $"/assessments/{id}/edit/purpose"));
        }
        await details.LogViewAsync(found, SignedInUser(), "to change it", input.Purpose, cancellationToken);
        return View("Edit", page);
    }

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] EditAssessment.Input input,
        [FromServices] EditAssessment.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, input, ModelState, cancellationToken) switch
        {
            EditAssessment.Saved => Redirect($"/assessments/{id}"),
            EditAssessment.Refused refused => View(refused.Page),
            _ => NotFound(),
        };

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/new-version")]
    public async Task<IActionResult> NewVersion(Guid id, [FromServices] StartNewVersion.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
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

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/risks/new")]
    public async Task<IActionResult> AddRisk(Guid id, [FromServices] ChangeRisk.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, null, cancellationToken) is { } page ? View("Risk", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/risks/new")]
    public Task<IActionResult> AddRisk(Guid id, [Bind(Prefix = "Input")] ChangeRisk.Input input,
        [FromServices] ChangeRisk.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Risk", () => handler.HandleAsync(id, null, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/risks/{riskId:guid}")]
    public async Task<IActionResult> ChangeRisk(Guid id, Guid riskId, [FromServices] ChangeRisk.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, riskId, cancellationToken) is { } page ? View("Risk", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/risks/{riskId:guid}")]
    public Task<IActionResult> ChangeRisk(Guid id, Guid riskId, [Bind(Prefix = "Input")] ChangeRisk.Input input,
        [FromServices] ChangeRisk.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Risk", () => handler.HandleAsync(id, riskId, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/measures/new")]
    public async Task<IActionResult> AddMeasure(Guid id, [FromServices] ChangeMeasure.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, null, cancellationToken) is { } page ? View("Measure", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/measures/new")]
    public Task<IActionResult> AddMeasure(Guid id, [Bind(Prefix = "Input")] ChangeMeasure.Input input,
        [FromServices] ChangeMeasure.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Measure", () => handler.HandleAsync(id, null, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/measures/{measureId:guid}")]
    public async Task<IActionResult> ChangeMeasure(Guid id, Guid measureId, [FromServices] ChangeMeasure.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, measureId, cancellationToken) is { } page ? View("Measure", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/measures/{measureId:guid}")]
    public Task<IActionResult> ChangeMeasure(Guid id, Guid measureId, [Bind(Prefix = "Input")] ChangeMeasure.Input input,
        [FromServices] ChangeMeasure.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Measure", () => handler.HandleAsync(id, measureId, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/coverage/new")]
    public async Task<IActionResult> AddCoverage(Guid id, AssessedRecordType? type, [FromServices] AddCoverage.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, type, cancellationToken) is { } page ? View("Coverage", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/coverage/new")]
    public Task<IActionResult> AddCoverage(Guid id, [Bind(Prefix = "Input")] AddCoverage.Input input,
        [FromServices] AddCoverage.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "Coverage", () => handler.HandleAsync(id, input, ModelState, cancellationToken));

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpGet("{id:guid}/{part:regex(^(risks|measures|coverage)$)}/{partId:guid}/retire")]
    public async Task<IActionResult> RetirePart(Guid id, string part, Guid partId, [FromServices] RetirePart.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, part, partId, cancellationToken) is { } page ? View("RetirePart", page) : NotFound();

    [Authorize(Policy = Policies.EditRegister)]
    [RequiresCurrentRegister]
    [HttpPost("{id:guid}/{part:regex(^(risks|measures|coverage)$)}/{partId:guid}/retire")]
    public Task<IActionResult> RetirePart(Guid id, string part, Guid partId, [Bind(Prefix = "Input")] RetirePart.Input input,
        [FromServices] RetirePart.Handler handler, CancellationToken cancellationToken) =>
        SaveOrShowAgainAsync(id, "RetirePart", () => handler.HandleAsync(id, part, partId, input, ModelState, cancellationToken));

    /// <summary>Goes to the assessment once the change is saved, shows the form again when the handler returns it,
    /// and answers 404 for an unknown id.</summary>
    private async Task<IActionResult> SaveOrShowAgainAsync<TPage>(Guid id, string view, Func<Task<TPage?>> save) where TPage : class
    {
        try
        {
            return await save() is { } page ? View(view, page) : Redirect($"/assessments/{id}");
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    private CurrentUser SignedInUser() =>
        CurrentUser.From(User) ?? throw new InvalidOperationException("Assessment pages need a signed-in user.");
}
