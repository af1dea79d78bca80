"""dcs-enterprise: grassroots democracy (dân chủ cơ sở) at the workplace."""

__version__ = "0.1.0"
