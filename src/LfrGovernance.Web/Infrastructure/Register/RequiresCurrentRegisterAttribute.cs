using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>Marks an action that changes the register. While the user is viewing the register as at a past date,
/// such an action (its form and its POST alike) answers 409 with a read-only message and does nothing.</summary>
/// <remarks>The one place this rule lives: put it on every create, edit, retire and reinstate action of every
/// record type.</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class RequiresCurrentRegisterAttribute : ActionFilterAttribute
{
    /// <summary>The shared view that explains why nothing can be changed.</summary>
    public const string ViewName = "RegisterReadOnly";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RegisterAsAt.Read(context.HttpContext.Request) is { } instant && context.Controller is Controller controller)
        {
            var result = controller.View(ViewName, new ReadOnlyRegister(instant));
            result.StatusCode = StatusCodes.Status409Conflict;
            context.Result = result;
        }
    }
}

/// <summary>What the read-only page shows: the instant the register is being viewed at.</summary>
public sealed record ReadOnlyRegister(DateTime AsAtUtc);
