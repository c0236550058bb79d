using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>Names the policy that changing this controller's records needs (most record types:
/// <c>Policies.EditRegister</c>; forces: <c>Policies.Administer</c>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EditPolicyAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}

/// <summary>Marks an action that changes a record: it needs the controller's <see cref="EditPolicyAttribute"/>
/// policy. Put <see cref="RequiresCurrentRegisterAttribute"/> beside it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChangesRecordAttribute : Attribute;

/// <summary>Gives every <see cref="ChangesRecordAttribute"/> action the policy its controller names, exactly as an
/// <c>[Authorize(Policy = ...)]</c> on the action would. Shared actions live in a generic base class, and an attribute
/// there cannot name a policy that depends on the derived controller; this does it once, when the app starts.</summary>
public sealed class RecordEditPolicyConvention : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var changes = controller.Actions.Where(a => a.Attributes.OfType<ChangesRecordAttribute>().Any()).ToList();
        if (changes.Count == 0)
        {
            return;
        }
        var policy = controller.ControllerType.GetCustomAttribute<EditPolicyAttribute>()?.Policy
            ?? throw new InvalidOperationException($"{controller.ControllerType.Name} changes records but names no [EditPolicy].");
        foreach (var selector in changes.SelectMany(a => a.Selectors))
        {
            selector.EndpointMetadata.Add(new AuthorizeAttribute(policy));
        }
    }
}
