"""The plan round around the money: each plan's status and consent, the plan versions compared,
the open decisions (pm amounts) and the policy rules. Pure: computed from the checked inputs,
the scenario and the allocation, never reading a file."""
