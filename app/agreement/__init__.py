"""Coder agreement: the agreement view, the consensus walk launcher and File → Merge a coder's copy…"""
